"""packaging/build.py's parts that run in seconds: the icons, the version metadata, the desktop entry,
the MIME type, the package's Depends. The whole build and install run in .ci/package."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_build():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("peerdesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()
on_debian = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg") is None or shutil.which("ldd") is None,
    reason="needs dpkg and ldd (Debian or Ubuntu)",
)


def test_icons_in_every_size_and_the_ico_and_icns_read_back(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    image = pytest.importorskip("PIL.Image")
    made = build.make_icons(tmp_path)
    assert {p.name for p in made} >= {"peerdesk-16.png", "peerdesk-256.png", "peerdesk.ico", "peerdesk.icns"}
    for size in build.ICON_SIZES:
        with image.open(tmp_path / f"peerdesk-{size}.png") as png:
            assert png.size == (size, size)
            rgba = png.convert("RGBA")
            assert rgba.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
            assert rgba.getpixel((size // 2, size // 5))[3] == 255  # the drawing is there
    with image.open(tmp_path / "peerdesk.ico") as ico:
        assert ico.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with image.open(tmp_path / "peerdesk.icns") as icns:
        assert icns.format == "ICNS"
        assert max(icns.info["sizes"])[0] >= 512


def test_the_built_app_reads_its_version_from_the_metadata_written_from_pyproject(tmp_path: Path) -> None:
    info = build.write_metadata(tmp_path / "metadata", build.project_version())
    assert metadata.PathDistribution(info).version == build.project_version()
    assert metadata.PathDistribution(info).metadata["Name"] == "peerdesk"
    import peerdesk

    assert build.project_version() == peerdesk.__version__


def test_desktop_entry_opens_workspaces_and_the_mime_type_claims_peerdesk_files(tmp_path: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(build.DESKTOP_ENTRY)
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "peerdesk %f" and desktop["Icon"] == "peerdesk"
    assert build.MIME_TYPE in desktop["MimeType"].split(";")
    if shutil.which("desktop-file-validate"):
        (tmp_path / "peerdesk.desktop").write_text(build.DESKTOP_ENTRY)
        check = subprocess.run(
            ["desktop-file-validate", str(tmp_path / "peerdesk.desktop")], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.fromstring(build.MIME_XML).find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-peerdesk"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.peerdesk"]
    assert kind.find("m:icon", ns).get("name") == build.MIME_ICON  # type: ignore[union-attr]


def test_control_file_fields() -> None:
    control = Parser().parsestr(build._control("1.2.3", "amd64", ["libc6", "libxcb1"], 4096))
    assert control["Package"] == "peerdesk" and control["Version"] == "1.2.3"
    assert control["Architecture"] == "amd64" and control["Installed-Size"] == "4096"
    assert control["Depends"] == "libc6, libxcb1"
    assert control["Recommends"] == "fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji"
    assert control["Description"].startswith("plan, run and measure")


def test_the_launcher_gives_qt_a_utf8_locale_only_when_there_is_none(tmp_path: Path) -> None:
    script = tmp_path / "peerdesk"
    script.write_text(build.LAUNCHER.replace("exec /opt/peerdesk/PeerDesk", "exec env"))
    bare = subprocess.run(["sh", str(script)], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert "LC_CTYPE=C.UTF-8" in bare.stdout.splitlines()
    lead = subprocess.run(
        ["sh", str(script)],
        env={"PATH": "/usr/bin:/bin", "LANG": "de_DE.UTF-8"},
        capture_output=True,
        text=True,
    )
    assert "LC_CTYPE=C.UTF-8" not in lead.stdout and "LANG=de_DE.UTF-8" in lead.stdout


@on_debian
def test_depends_name_the_system_packages_and_a_missing_qt_library_stops_the_build(tmp_path: Path) -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no X11 plugin")
    bundle = tmp_path / "PeerDesk"
    bundle.mkdir()
    shutil.copy(plugin, bundle / plugin.name)  # the X11 plugin without the Qt libraries it needs
    depends = build.debian_depends(bundle)
    assert "libc6" in depends and "libxcb-cursor0" in depends
    assert depends[-1].startswith("fonts-dejavu-core")
    with pytest.raises(SystemExit, match="libQt6"):
        build.check_links(bundle)


@on_debian
def test_a_bundled_copy_of_a_system_library_brings_its_data_package(tmp_path: Path) -> None:
    # PyInstaller copies libfontconfig.so.1 into the bundle, but it still reads /etc/fonts/fonts.conf,
    # which fontconfig-config installs (a clean Debian 12 said "Fontconfig error: Cannot load default
    # config file" until the Depends named it: .ci/clean-install)
    system = Path("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1")
    if not system.exists():
        pytest.skip("no system fontconfig here")
    bundle = tmp_path / "PeerDesk"
    bundle.mkdir()
    shutil.copyfile(system, bundle / "libfontconfig.so.1")
    copies = build.bundled_system_libraries(bundle)
    assert [Path(p).resolve() for p in copies] == [system.resolve()]
    data = build.data_packages(build.owning_packages(copies))
    assert "fontconfig-config" in data and "libc6" not in data and "libexpat1" not in data
    assert "fontconfig-config" in build.debian_depends(bundle)
