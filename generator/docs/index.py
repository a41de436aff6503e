"""The cross-vendor index ``generated/README.md``: counts, links and the coverage report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.docs import model
from generator.docs.coverage import compute_coverage
from generator.openapi import read_api

if TYPE_CHECKING:
    from generator.build_types import VendorBuild


def build_index(builds: list[VendorBuild]) -> model.IndexView:
    rows: list[model.IndexRowView] = []
    coverages: list[model.IndexCoverageView] = []
    for build in sorted(builds, key=lambda b: b.key):
        title = read_api(build.spec).title or build.key
        stats = build.stats
        rows.append(
            model.IndexRowView(
                key=build.key,
                title=title,
                operations=stats.operations,
                schemas=stats.schemas,
                examples=stats.examples,
                inferred=stats.inferred,
                quirks=stats.quirks,
                spec_31=f"{build.key}/openapi.yaml",
                spec_30=f"{build.key}/openapi-3.0.yaml",
                client=f"{build.key}/client/",
                reference_md=f"{build.key}/reference.md",
                reference_html=f"{build.key}/reference.html",
            )
        )
        coverage = compute_coverage(build.spec, pin=build.pin)
        coverages.append(
            model.IndexCoverageView(
                key=build.key,
                title=title,
                anchor=f"coverage-{build.key}",
                coverage=coverage,
                uncited_count=len(coverage.uncited),
                citation_count=len(coverage.citations),
            )
        )
    totals = model.IndexRowView(
        key="total",
        title="",
        operations=sum(r.operations for r in rows),
        schemas=sum(r.schemas for r in rows),
        examples=sum(r.examples for r in rows),
        inferred=sum(r.inferred for r in rows),
        quirks=sum(r.quirks for r in rows),
        spec_31="",
        spec_30="",
        client="",
        reference_md="",
        reference_html="",
    )
    return model.IndexView(rows=rows, coverages=coverages, totals=totals)
