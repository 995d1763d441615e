"""The shape of the package: which modules may import which, checked from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimcheck"


def _modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        parts = ("claimcheck", *path.relative_to(SRC).with_suffix("").parts)
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Modules imported when ``path`` is imported: module level, outside ``if TYPE_CHECKING``."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module:
                for alias in child.names:
                    sub = f"{child.module}.{alias.name}"
                    found.add(sub if sub in MODULES else child.module)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


GRAPH = {
    name: {m for m in _imports(path) if m in MODULES and m not in ("claimcheck", name)}
    for name, path in MODULES.items()
}

#: Known cycles, each to be removed (none left).
KNOWN_CYCLES: list[set[str]] = []


def _cycles() -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[set[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(component)

    for v in sorted(GRAPH):
        if v not in index:
            connect(v)
    return out


def test_no_import_cycles_beyond_the_known_ones():
    assert sorted(map(sorted, _cycles())) == sorted(map(sorted, KNOWN_CYCLES))


def test_verdicts_import_no_spacy():
    assert not {m for m in _imports(MODULES["claimcheck.compare"]) if m.split(".")[0] == "spacy"}


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith("claimcheck.report.")))
def test_formats_never_import_the_report_back(name):
    if name == "claimcheck.report.model":
        pytest.skip("the Report itself")
    assert "claimcheck.report.model" not in GRAPH[name]
    assert "claimcheck.report" not in GRAPH[name]


def test_models_import_no_format():
    assert not {m for m in GRAPH["claimcheck.models"] if m.startswith("claimcheck.report")}


def test_no_function_over_60_lines_without_a_reason():
    """A long function says why on its def line (a noqa with a reason) or just above it."""
    import ast

    unexplained = []
    for path in sorted(SRC.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 60:
                above, at = lines[node.lineno - 2], lines[node.lineno - 1]
                if "# long by design:" not in above and "# noqa: PLR09" not in at:
                    unexplained.append(f"{path.name}:{node.lineno} {node.name}")
    assert unexplained == []
