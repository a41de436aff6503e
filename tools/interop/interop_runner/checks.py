"""The eight checks: each runs one peer tool in a neutral temporary folder and judges its output."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .known import known_issue
from .parsers import (
    degraded_any_fields,
    dmcg_warnings,
    group_opc,
    judge_postman,
    judge_redocly,
    judge_spectral,
    judge_swagger,
    oag_messages,
    opc_warnings,
    operations,
    summarize,
    unknown_types,
)
from .results import FAIL, PASS, TOOL, Result

HERE = Path(__file__).resolve().parent.parent  # tools/interop
TIMEOUT = 600


@dataclass(frozen=True)
class Env:
    root: Path  # the checkout
    venv_bin: Path  # .cache/interop-venv/bin
    node_modules: Path  # .cache/node/node_modules
    out: Path  # .cache/interop
    chromium: str

    @property
    def node_bin(self) -> Path:
        return self.node_modules / ".bin"

    def environ(self) -> dict[str, str]:
        env = dict(os.environ)
        # The venv first: openapi-python-client runs `ruff` from PATH on what it generates.
        env["PATH"] = f"{self.venv_bin}{os.pathsep}{env.get('PATH', '')}"
        env["INTEROP_NODE_MODULES"] = str(self.node_modules)
        env["INTEROP_CHROMIUM"] = self.chromium
        env["REDOCLY_TELEMETRY"] = "off"
        env["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true"
        env["NO_COLOR"] = "1"
        env.pop("PYTHONPATH", None)
        return env


@dataclass(frozen=True)
class Spec:
    label: str  # planiso/openapi.yaml
    path: Path

    def load(self) -> dict[str, Any]:
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data


def _run(env: Env, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        cwd=cwd,
        env=env.environ(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _tail(text: str, n: int = 5) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-n:])


def spec_validator(env: Env, spec: Spec) -> Result:
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        proc = _run(env, [str(env.venv_bin / "openapi-spec-validator"), str(spec.path)], Path(tmp))
    if proc.returncode == 0 and proc.stdout.strip().endswith("OK"):
        return Result(spec.label, "spec-validator", PASS, "valid")
    return Result(
        spec.label, "spec-validator", FAIL, "invalid", (_tail(proc.stdout + proc.stderr, 10),)
    )


def spectral(env: Env, spec: Spec) -> Result:
    ruleset = HERE / "spectral.yaml"
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        proc = _run(
            env,
            [
                str(env.node_bin / "spectral"),
                "lint",
                "--ruleset",
                str(ruleset),
                "--format",
                "json",
                "--fail-severity",
                "warn",
                str(spec.path),
            ],
            Path(tmp),
        )
    try:
        errors, warnings, lines = judge_spectral(proc.stdout)
    except json.JSONDecodeError:
        return Result(
            spec.label, "spectral", FAIL, "tool crashed", (_tail(proc.stdout + proc.stderr),)
        )
    ok = errors == 0 and warnings == 0
    figure = f"{errors} errors, {warnings} warnings"
    return Result(spec.label, "spectral", PASS if ok else FAIL, figure, tuple(summarize(lines)))


REDOCLY_CONFIG = Path(__file__).resolve().parent.parent / "redocly.yaml"


def redocly(env: Env, spec: Spec) -> Result:
    # Neutral folder: redocly would read a redocly.yaml from the working folder.
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        proc = _run(
            env,
            [
                str(env.node_bin / "redocly"),
                "lint",
                "--config",
                str(REDOCLY_CONFIG),
                "--format",
                "json",
                str(spec.path),
            ],
            Path(tmp),
        )
    try:
        errors, warnings, lines = judge_redocly(proc.stdout)
    except json.JSONDecodeError:
        return Result(
            spec.label, "redocly", FAIL, "tool crashed", (_tail(proc.stdout + proc.stderr),)
        )
    # Only errors fail (recommended ruleset); warnings are the figure and listed per rule.
    figure = f"{errors} errors, {warnings} warnings"
    return Result(
        spec.label, "redocly", PASS if errors == 0 else FAIL, figure, tuple(summarize(lines))
    )


def postman(env: Env, specs: list[Spec]) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        proc = _run(
            env,
            ["node", str(HERE / "postman_convert.js"), *(str(s.path) for s in specs)],
            Path(tmp),
        )
    records = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            records[record["spec"]] = record
    results = []
    for spec in specs:
        record = records.get(str(spec.path))
        if record is None:
            results.append(Result(spec.label, "postman", FAIL, "no output", (_tail(proc.stderr),)))
            continue
        if not record["ok"]:
            results.append(
                Result(
                    spec.label, "postman", FAIL, "conversion failed", (str(record.get("reason")),)
                )
            )
            continue
        collection = record["collection"]
        (env.out / f"{_slug(spec.label)}.postman.json").write_text(
            json.dumps(collection, indent=1), encoding="utf-8"
        )
        problems, notes, figure = judge_postman(collection, spec.load())
        results.append(_judged(spec, "postman", figure, problems, notes))
    return results


def swagger_ui(env: Env, specs: list[Spec]) -> list[Result]:
    pairs = [f"{_slug(s.label)}={s.path}" for s in specs]
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        proc = _run(env, ["node", str(HERE / "swagger_check.js"), str(env.out), *pairs], Path(tmp))
    records = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            records[record["spec"]] = record
    results = []
    for spec in specs:
        record = records.get(str(spec.path))
        if record is None:
            results.append(
                Result(spec.label, "swagger-ui", FAIL, "no output", (_tail(proc.stderr),))
            )
            continue
        expected = len(operations(spec.load()))
        problems = judge_swagger(record, expected)
        figure = f"{record.get('operations', 0)}/{expected} ops, {len(record.get('consoleErrors', []))} console errors"
        results.append(
            Result(spec.label, "swagger-ui", FAIL if problems else PASS, figure, tuple(problems))
        )
    return results


def openapi_python_client(env: Env, spec: Spec) -> Result:
    package = "interop_client"
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        out = Path(tmp) / package
        proc = _run(
            env,
            [
                str(env.venv_bin / "openapi-python-client"),
                "generate",
                "--path",
                str(spec.path),
                "--meta",
                "none",
                "--output-path",
                str(out),
            ],
            Path(tmp),
        )
        warnings = opc_warnings(proc.stdout + "\n" + proc.stderr)
        if proc.returncode != 0 or not (out / "__init__.py").exists():
            return Result(
                spec.label,
                "openapi-python-client",
                FAIL,
                "generate failed",
                tuple(warnings) or (_tail(proc.stdout + proc.stderr),),
            )
        modules = sorted(
            str(p.relative_to(tmp).with_suffix("")).replace(os.sep, ".") for p in out.rglob("*.py")
        )
        importer = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m.removesuffix('.__init__'))\n"
        imp = _run(
            env, [str(env.venv_bin / "python"), "-W", "error", "-c", importer, *modules], Path(tmp)
        )
    problems = (
        []
        if imp.returncode == 0
        else [f"generated package does not import: {_tail(imp.stderr, 3)}"]
    )
    problems.extend(group_opc(warnings))
    return _judged(
        spec,
        "openapi-python-client",
        f"{len(modules)} modules, {len(warnings)} warnings",
        problems,
        [],
    )


def datamodel_codegen(env: Env, spec: Spec) -> Result:
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        models = Path(tmp) / "interop_models.py"
        proc = _run(
            env,
            [
                str(env.venv_bin / "datamodel-codegen"),
                "--input",
                str(spec.path),
                "--input-file-type",
                "openapi",
                "--output",
                str(models),
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--target-python-version",
                "3.11",
                "--disable-timestamp",
                "--formatters",
                "ruff-format",
            ],
            Path(tmp),
        )
        problems = dmcg_warnings(proc.stderr)
        if proc.returncode != 0 or not models.exists():
            return Result(
                spec.label,
                "datamodel-codegen",
                FAIL,
                "generate failed",
                tuple(problems) or (_tail(proc.stderr),),
            )
        inspect = _run(
            env,
            [
                str(env.venv_bin / "python"),
                "-W",
                "error",
                str(HERE / "inspect_models.py"),
                "interop_models",
            ],
            Path(tmp),
        )
    if inspect.returncode != 0:
        return Result(
            spec.label,
            "datamodel-codegen",
            FAIL,
            "models do not import",
            (*problems, _tail(inspect.stderr, 3)),
        )
    report = json.loads(inspect.stdout)
    data = spec.load()
    problems.extend(f"unknown type {t}" for t in unknown_types(data))
    problems.extend(degraded_any_fields([tuple(x) for x in report["any_fields"]], data))
    figure = f"{report['models']} models, {len(report['any_fields'])} Any fields"
    return _judged(spec, "datamodel-codegen", figure, problems, [])


def openapi_generator(env: Env, spec: Spec) -> Result:
    """OpenAPI Generator's `python` generator: no ERROR line, and every module of the package
    imports (with `-W error`) against the interop venv's pydantic, urllib3 and dateutil."""
    package = "interop_oag"
    with tempfile.TemporaryDirectory(prefix="interop-") as tmp:
        out = Path(tmp) / "out"
        proc = _run(
            env,
            [
                str(env.venv_bin / "openapi-generator-cli"),
                "generate",
                "--generator-name",
                "python",
                "--input-spec",
                str(spec.path),
                "--output",
                str(out),
                "--package-name",
                package,
            ],
            Path(tmp),
        )
        errors, warnings = oag_messages(proc.stdout + "\n" + proc.stderr)
        if proc.returncode != 0 or not (out / package / "__init__.py").exists():
            return Result(
                spec.label,
                "openapi-generator",
                FAIL,
                "generate failed",
                tuple(errors[:1]) or (_tail(proc.stdout + proc.stderr),),
            )
        modules = sorted(
            str(p.relative_to(out).with_suffix("")).replace(os.sep, ".")
            for p in (out / package).rglob("*.py")
        )
        importer = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m.removesuffix('.__init__'))\n"
        imp = _run(
            env, [str(env.venv_bin / "python"), "-W", "error", "-c", importer, *modules], out
        )
    problems = [f"{len(errors)} ERROR lines, the first: {errors[0]}"] if errors else []
    if imp.returncode != 0:
        problems.append(f"generated package does not import: {_tail(imp.stderr, 3)}")
    figure = f"{len(modules)} modules, {len(errors)} errors, {len(warnings)} warnings"
    return _judged(spec, "openapi-generator", figure, problems, [])


def _judged(spec: Spec, check: str, figure: str, problems: list[str], notes: list[str]) -> Result:
    """FAIL on any problem not known as the tool's; TOOL when every message is a known tool issue."""
    fails, tools = [], []
    for message in [*problems, *notes]:
        issue = known_issue(check, message)
        if issue is None:
            fails.append(message)
        else:
            tools.append(f"{message} [tool: {issue.upstream}]")
    result = FAIL if fails else TOOL if tools else PASS
    return Result(spec.label, check, result, figure, tuple(fails + tools))


def _slug(label: str) -> str:
    return label.removesuffix(".yaml").replace("/", "-")


__all__ = [
    "Env",
    "Spec",
    "datamodel_codegen",
    "openapi_generator",
    "openapi_python_client",
    "postman",
    "redocly",
    "spec_validator",
    "spectral",
    "swagger_ui",
]
