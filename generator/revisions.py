"""The spec revision of a vendor: a number that goes up each time ``make specs`` writes a changed
spec, carried in the client's version so that an installed client says which spec it was built
from.

The record is committed beside the description (``specs/<vendor>/revision.json``): the revision
and the sha256 of the ``openapi.yaml`` it numbers. A build whose spec hashes as recorded keeps
the number; a build whose spec differs is the next revision, and ``make specs`` records it (a
fresh generation in ``make check`` computes the same number without writing, so a spec changed
without ``make specs`` shows as a stale client version). A vendor without a record (a test
vendor outside specs/) is at revision 1.

It imports nothing of the toolkit but where things live and the problem list, so that the
client command reads a record without importing the description language.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from generator.paths import ROOT, revision_path
from generator.problems import Problems


class RevisionError(ValueError):
    """A revision record that cannot be read; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Revision:
    number: int
    spec_sha256: str

    @property
    def client_version(self) -> str:
        """The client's version: ``0.<revision>.0`` (0.x: the client's own API may still change
        between revisions; the vendor's API version is in the spec's ``info.version``)."""
        return f"0.{self.number}.0"

    def to_json(self) -> bytes:
        record = {"revision": self.number, "spec_sha256": self.spec_sha256}
        return (json.dumps(record, indent=2) + "\n").encode()


def revision_for(recorded: Revision | None, spec_text: bytes) -> Revision:
    """The revision of a spec whose ``openapi.yaml`` is ``spec_text``, given the recorded one."""
    digest = hashlib.sha256(spec_text).hexdigest()
    if recorded is None:
        return Revision(1, digest)
    if recorded.spec_sha256 == digest:
        return recorded
    return Revision(recorded.number + 1, digest)


def revision_from_json(text: str, *, where: str) -> Revision:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RevisionError(f"{where}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    number = data.get("revision") if isinstance(data, dict) else None
    digest = data.get("spec_sha256") if isinstance(data, dict) else None
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise RevisionError(f"{where}: `revision` must be a whole number of at least 1")
    if not isinstance(digest, str) or len(digest) != 64:
        raise RevisionError(f"{where}: `spec_sha256` must be the 64 hex digits of a sha256")
    return Revision(number, digest)


def read_revision(key: str, *, problems: Problems) -> Revision | None:
    """Vendor ``key``'s recorded spec revision; None where it has none (a new vendor, a test
    vendor outside specs/) or where the record is broken (then with an error naming it)."""
    path = revision_path(key)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.error(key, f"{shown}: cannot be read: {exc}")
        return None
    try:
        return revision_from_json(text, where=str(shown))
    except RevisionError as exc:
        problems.error(key, f"{exc}; fix it or delete it (the next `make specs` starts at 1)")
        return None
