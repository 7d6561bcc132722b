"""Shipped resources are found from the source tree and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from peerdesk.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent


def test_resources_found_in_source_tree() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("demo", "roster.csv").read_text(encoding="utf-8").startswith("name,email")
    with pytest.raises(FileNotFoundError, match="missing"):
        resource_path("templates", "no-such-template.html")


@pytest.mark.slow
def test_resources_found_in_built_wheel(tmp_path: Path) -> None:
    """Build the wheel, unpack it alone, and load the demo and a template from it."""
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        build = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), str(ROOT)],
            capture_output=True,
            text=True,
        )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("peerdesk-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "peerdesk/resources/demo/roster.csv" in names
        assert "peerdesk/resources/templates/roster-template.csv" in names
        assert "peerdesk/resources/icons/peerdesk.svg" in names
        assert "peerdesk/resources/templates/agenda.html" in names
        assert "peerdesk/resources/templates/skills_matrix.html" in names
        assert "peerdesk/resources/guide.md" in names
        archive.extractall(site)
    code = (
        "import peerdesk.resources as r, sys;"
        "root = r.resources_root();"
        f"assert str(root).startswith({str(site)!r}), root;"
        "print(r.resource_path('templates', 'roster-template.csv').read_text().splitlines()[0]);"
        "import pathlib; from peerdesk.printing.templates import TemplateLibrary;"
        "library = TemplateLibrary(pathlib.Path('no-user-templates'));"
        f"assert str(library.source_of('agenda.html')).startswith({str(site)!r});"
        "assert 'Spring' in library.render('kickoff.html', {'program': {'name': 'Spring', 'organizer': 'A',"
        " 'outcome': '', 'cadence': '', 'dates': '', 'format': '', 'format_description': '', 'members': [],"
        " 'targets': [], 'minutes': 30}})"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("name,email,role,team")
