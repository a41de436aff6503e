"""The report of a verify or proxy run: counts, findings tied to their origin, inferences.

Memory is bounded by the spec, not by the traffic: identical findings (same operation,
direction, status, pointer and kind) are kept once with a ``count`` and the first message, and
unmatched requests once per method and path (query and credentials left out).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from generator.conformance.check import KINDS, Finding, Inference, Outcome
from generator.conformance.har import Exchange
from generator.conformance.redact import Redactor


@dataclass
class _Tally:
    confirmed: int = 0
    refuted: int = 0


@dataclass
class Report:
    vendor: str
    redactor: Redactor
    exchanges: int = 0
    matched: int = 0
    conforming: int = 0
    unmatched: dict[tuple[str, str], int] = field(default_factory=dict)
    findings: dict[tuple[str, str, int, str, str], tuple[Finding, int]] = field(
        default_factory=dict
    )
    inferences: dict[Inference, _Tally] = field(default_factory=dict)

    def add(self, exchange: Exchange, outcome: Outcome) -> list[Finding]:
        """Count one exchange; return its findings, redacted (new or repeated)."""
        self.exchanges += 1
        if outcome.operation is None:
            url = self.redactor.url(exchange.url).partition("?")[0]
            key = (exchange.method, url)
            self.unmatched[key] = self.unmatched.get(key, 0) + 1
        else:
            self.matched += 1
        if not outcome.findings:
            self.conforming += 1
        shown = []
        for finding in outcome.findings:
            clean = Finding(
                finding.operation,
                finding.direction,
                finding.status,
                finding.pointer,
                finding.kind,
                self.redactor.text(finding.message),
                finding.source,
                finding.inference,
            )
            found = (clean.operation, clean.direction, clean.status, clean.pointer, clean.kind)
            first, count = self.findings.get(found, (clean, 0))
            self.findings[found] = (first, count + 1)
            shown.append(clean)
        for inference in outcome.confirmed:
            self.inferences.setdefault(inference, _Tally()).confirmed += 1
        for inference in outcome.refuted:
            self.inferences.setdefault(inference, _Tally()).refuted += 1
        return shown

    @property
    def has_findings(self) -> bool:
        return bool(self.findings)

    def by_kind(self) -> Counter[str]:
        counts: Counter[str] = Counter({kind: 0 for kind in KINDS})
        for (_, _, _, _, kind), (_, count) in self.findings.items():
            counts[kind] += count
        return counts

    def _inference_lists(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        confirmed: list[dict[str, Any]] = []
        refuted: list[dict[str, Any]] = []
        for inference, tally in sorted(self.inferences.items(), key=lambda i: i[0].where):
            item = {
                "element": inference.where,
                "reason": inference.reason,
                "source": inference.source.as_json() if inference.source else None,
                "confirmed": tally.confirmed,
                "refuted": tally.refuted,
            }
            (refuted if tally.refuted else confirmed).append(item)
        return confirmed, refuted

    def as_json(self) -> dict[str, Any]:
        confirmed, refuted = self._inference_lists()
        return {
            "vendor": self.vendor,
            "exchanges": self.exchanges,
            "matched": self.matched,
            "conforming": self.conforming,
            "unmatched": [
                {"method": m, "url": u, "count": c} for (m, u), c in self.unmatched.items()
            ],
            "findings": [
                {
                    "operation": f.operation,
                    "direction": f.direction,
                    "status": f.status,
                    "pointer": f.pointer,
                    "kind": f.kind,
                    "message": f.message,
                    "source": f.source.as_json() if f.source else None,
                    "inferred": f.inference.reason if f.inference else None,
                    "count": count,
                }
                for f, count in self.findings.values()
            ],
            "inferences": {"confirmed": confirmed, "refuted": refuted},
        }

    def to_json(self) -> bytes:
        return (json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n").encode()

    def to_markdown(self) -> bytes:
        lines = [f"# Does the real API match the spec? {self.vendor}", ""]
        lines.append(
            f"{self.exchanges} exchange(s), {self.matched} matched to an operation, "
            f"{self.conforming} conforming."
        )
        grouped: dict[str, list[tuple[Finding, int]]] = {}
        for finding, count in self.findings.values():
            grouped.setdefault(finding.operation, []).append((finding, count))
        if grouped:
            lines += ["", "## Findings by operation"]
        for operation, items in grouped.items():
            lines += ["", f"### {operation}", ""]
            for f, count in items:
                where = f" `{f.pointer}`" if f.pointer else ""
                times = f" (×{count})" if count > 1 else ""
                text = f"- {f.direction} {f.status}{where}: **{f.kind}**{times}: {_md(f.message)}"
                if f.source is not None:
                    start, end = f.source.lines
                    text += f"; cites {f.source.document} lines {start}–{end}"
                if f.inference is not None:
                    text += f"; contradicts the inference: {_md(f.inference.reason)}"
                lines.append(text)
        if self.unmatched:
            lines += ["", "## Requests no operation documents", ""]
            for (method, url), count in self.unmatched.items():
                lines.append(f"- {method} {_md(url)}" + (f" (×{count})" if count > 1 else ""))
        confirmed, refuted = self._inference_lists()
        for title, listed in (("confirmed", confirmed), ("refuted", refuted)):
            if listed:
                lines += ["", f"## Inferences {title} by the traffic", ""]
                for item in listed:
                    cited = ""
                    if item["source"]:
                        start, end = item["source"]["lines"]
                        cited = f" ({item['source']['document']} lines {start}–{end})"
                    lines.append(f"- {_md(item['element'])}{cited}: {_md(item['reason'])}")
        kinds = self.by_kind()
        lines += ["", "## Summary", "", "| measure | count |", "|---|---|"]
        lines.append(f"| exchanges | {self.exchanges} |")
        lines.append(f"| conforming | {self.conforming} |")
        for kind in KINDS:
            lines.append(f"| findings: {kind} | {kinds[kind]} |")
        lines.append(f"| inferences confirmed | {len(confirmed)} |")
        lines.append(f"| inferences refuted | {len(refuted)} |")
        return ("\n".join(lines) + "\n").encode()


def finding_line(vendor: str, finding: Finding) -> str:
    """One log line per finding, as the proxy prints them."""
    pointer = f" {finding.pointer}" if finding.pointer else ""
    line = f"{vendor} {finding.operation}: {finding.direction} {finding.status}{pointer}: "
    line += f"{finding.kind}: {finding.message}"
    if finding.source is not None:
        line += f" [{finding.source.document} lines {finding.source.lines[0]}-{finding.source.lines[1]}]"
    if finding.inference is not None:
        line += " [inferred]"
    return line


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
