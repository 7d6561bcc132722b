"""Build PeerDesk as a standalone application, and (with --deb) as a Debian package.

    python packaging/build.py          # dist/PeerDesk/: PeerDesk with its own Python, Qt and data
    python packaging/build.py --deb    # and dist/peerdesk_VERSION_ARCH.deb around it (Debian/Ubuntu)

Run it with the Python of a virtual environment that has PeerDesk and the build tools
(`pip install -e '.[build]'`). The version is the one in pyproject.toml, for the application
(`peerdesk --version`, Help > About), the package and the file names alike. The icons
(.png, .ico for Windows, .icns for macOS) are drawn from resources/icons/peerdesk.svg.

Nothing here is Linux-only except the .deb step; only the Linux build is tested.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
ASSETS = BUILD / "assets"
DIST = ROOT / "dist"
APP = DIST / "PeerDesk"
SPEC = ROOT / "packaging" / "peerdesk.spec"
SVG = ROOT / "resources" / "icons" / "peerdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
MIME_TYPE = "application/x-peerdesk"
MIME_ICON = "application-x-peerdesk"

# Qt's X11 window needs these, which ldd cannot name when the build machine lacks them
# (the same table as `peerdesk`'s own check, peerdesk.cli.main.XCB_LIBRARIES).
KNOWN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libwayland-cursor.so.0": "libwayland-cursor0",  # and these for Wayland desktops
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Qt draws no text without a font; fontconfig finds this one.
ALSO_DEPENDS = ("fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf",)
# names in Arabic, CJK, Devanagari, Thai... and emoji print with real glyphs (tests/test_fonts.py)
RECOMMENDS = ("fonts-noto-core", "fonts-noto-cjk", "fonts-noto-color-emoji")


def project_version() -> str:
    """The one version number, from pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def make_icons(folder: Path) -> list[Path]:
    """PNG icons in every size, drawn from the SVG by Qt, and .ico/.icns made from them by Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"build: {SVG} is not a valid SVG")
    folder.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = folder / f"peerdesk-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"build: could not write {path}")
        pngs.append(path)
    largest = Image.open(folder / "peerdesk-1024.png")
    largest.save(folder / "peerdesk.ico", sizes=[(s, s) for s in ICON_SIZES if s <= 256])
    largest.save(folder / "peerdesk.icns")
    return [*pngs, folder / "peerdesk.ico", folder / "peerdesk.icns"]


def write_metadata(folder: Path, version: str) -> Path:
    """A minimal peerdesk-VERSION.dist-info, so the built app's importlib.metadata knows its version."""
    shutil.rmtree(folder, ignore_errors=True)
    info = folder / f"peerdesk-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: peerdesk\nVersion: {version}\n", encoding="utf-8"
    )
    return info


def run_pyinstaller() -> None:
    """PyInstaller on the spec: dist/PeerDesk/, built afresh."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD / 'pyinstaller'}",
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def folder_size(folder: Path) -> int:
    """Bytes in every file below `folder` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_catalogues() -> list[Path]:
    """The window's .qm catalogues next to their .ts (the built app has no lrelease to make them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import catalogues

    return catalogues.build()


def build_app(version: str) -> Path:
    """Icons, metadata and the one-folder application; returns dist/PeerDesk."""
    make_icons(ASSETS)
    write_metadata(ASSETS / "metadata", version)
    build_catalogues()
    run_pyinstaller()
    launcher = APP / ("PeerDesk.exe" if sys.platform.startswith("win") else "PeerDesk")
    if not launcher.exists():
        raise SystemExit(f"build: PyInstaller ran but {launcher} is missing")
    if sys.platform.startswith("linux"):
        check_links(APP)
    return APP


def check_links(folder: Path) -> None:
    """Every Qt, PySide6 and Python library the bundle's files need is in the bundle (Linux, ldd)."""
    _system, missing = outside_libraries(folder)
    ours = sorted(n for n in missing if n.startswith(("libQt6", "libpyside6", "libshiboken6", "libpython")))
    if ours:
        raise SystemExit(f"build: {folder} lacks {', '.join(ours)}, which files in it need")


# -- the Debian package ----------------------------------------------------------------------------


def elf_files(folder: Path) -> list[Path]:
    """Executables and shared libraries below `folder`."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(folder: Path) -> tuple[set[str], set[str]]:
    """(system library paths the bundle loads, library names ldd could not find on this machine).

    ldd runs with the bundle's folders on LD_LIBRARY_PATH, as PyInstaller's launcher runs the app,
    so a library the bundle brings is never mistaken for the system's copy."""
    folders = sorted({str(p.parent) for p in folder.rglob("*.so*")})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(folders))
    system: set[str] = set()
    missing: set[str] = set()
    inside = str(folder.resolve())
    files = [str(p) for p in elf_files(folder)]
    for start in range(0, len(files), 200):
        result = subprocess.run(
            ["ldd", *files[start : start + 200]], capture_output=True, text=True, check=False, env=env
        )
        for line in result.stdout.splitlines():
            name, arrow, where = line.strip().partition(" => ")
            target = where.split(" (")[0].strip()
            if not arrow or not target:
                continue
            if target == "not found":
                missing.add(name)
            elif not str(Path(target).resolve()).startswith(inside):
                system.add(target)
    return system, missing


def owning_packages(libraries: set[str]) -> set[str]:
    """The Debian packages that installed `libraries` (one dpkg -S, with the /usr-merged spellings)."""
    spellings = set()
    for library in libraries:
        real = str(Path(library).resolve())
        spellings |= {library, real, real.removeprefix("/usr"), "/usr" + real}
    result = subprocess.run(["dpkg", "-S", *sorted(spellings)], capture_output=True, text=True, check=False)
    found = set()
    for line in result.stdout.splitlines():
        package, _sep, path = line.partition(": ")
        if path.strip() in spellings:
            found |= {p.strip().split(":")[0] for p in package.split(",")}
    return found


def bundled_system_libraries(folder: Path) -> set[str]:
    """The system libraries (paths on this machine) the bundle holds a byte-identical copy of.

    PyInstaller copies many of them (fontconfig, xkbcommon, Xlib, libthai...) next to Qt."""
    result = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False)
    known: dict[str, list[str]] = {}
    for line in result.stdout.splitlines()[1:]:
        name, arrow, path = line.strip().partition(" => ")
        if arrow:
            known.setdefault(name.split(" (")[0], []).append(path.strip())
    copies = set()
    for path in folder.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            for candidate in known.get(path.name, []):
                if filecmp.cmp(path, candidate, shallow=False):
                    copies.add(candidate)
                    break
    return copies


_SHARED_LIBRARY = re.compile(r"/lib/.*\.so(\.[0-9]+)*$")


def data_packages(packages: set[str]) -> set[str]:
    """What these library packages depend on that holds no shared library: their data files.

    A bundled copy of a system library still reads its data from the system, where its own
    package's Depends would have put it: fontconfig its /etc/fonts (fontconfig-config), xkbcommon
    the keymaps (xkb-data), Xlib its locale tables (libx11-data), libthai its dictionary
    (libthai-data). Packages every Debian has (Priority: required) are left out."""
    if not packages:
        return set()
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}\n", *sorted(packages)],
        capture_output=True,
        text=True,
        check=False,
    )
    wanted = set()
    for group in result.stdout.replace("\n", ",").split(","):
        first = group.split("|")[0].strip().split(" ")[0].split(":")[0]
        if first and first not in packages:
            wanted.add(first)
    found = set()
    for name in sorted(wanted):
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}|${Priority}", name],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        if "install ok installed" not in status or status.endswith("|required"):
            continue  # not installed here (a virtual or other alternative), or on every system anyway
        files = subprocess.run(["dpkg-query", "-L", name], capture_output=True, text=True, check=False)
        if not any(_SHARED_LIBRARY.search(line) for line in files.stdout.splitlines()):
            found.add(name)
    return found


def debian_depends(folder: Path) -> list[str]:
    """The packages of every system library the bundle loads (as dpkg-shlibdeps would find them),
    and the data packages of the system libraries it brings its own copy of."""
    system, missing = outside_libraries(folder)
    packages = owning_packages(system)
    packages |= data_packages(owning_packages(bundled_system_libraries(folder)))
    unknown = sorted(name for name in missing if name not in KNOWN_PACKAGES)
    if unknown:
        print(f"build: no package known for {', '.join(unknown)} (not on this machine)", file=sys.stderr)
    packages |= {KNOWN_PACKAGES[name] for name in missing if name in KNOWN_PACKAGES}
    packages |= set(KNOWN_PACKAGES.values())  # the X11 window, even if this machine lacks them
    return sorted(packages) + list(ALSO_DEPENDS)


DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Name=PeerDesk
GenericName=Peer learning planner
Comment=Plan, run and measure peer-to-peer learning at work
Exec=peerdesk %f
Icon=peerdesk
Terminal=false
Categories=Office;Education;
MimeType={MIME_TYPE};
Keywords=learning;mentoring;pilot;training;
"""

MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>PeerDesk workspace</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <generic-icon name="{MIME_ICON}"/>
    <icon name="{MIME_ICON}"/>
    <glob pattern="*.peerdesk" weight="80"/>
  </mime-type>
</mime-info>
"""

LAUNCHER = """#!/bin/sh
# PeerDesk lives in /opt/peerdesk with its own Python and Qt.
# Qt wants a UTF-8 locale, and a bare environment (cron, env -i) has none: say which, quietly.
if [ -z "${LC_ALL:-}${LC_CTYPE:-}${LANG:-}" ]; then LC_CTYPE=C.UTF-8; export LC_CTYPE; fi
exec /opt/peerdesk/PeerDesk "$@"
"""


def _control(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: peerdesk\nVersion: {version}\nArchitecture: {arch}\nSection: misc\nPriority: optional\n"
        f"Maintainer: PeerDesk maintainers <maintainers@peerdesk.invalid>\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Description: plan, run and measure peer-to-peer learning at work\n"
        " PeerDesk is a desktop application for team leads who run peer-to-peer learning:\n"
        " who can teach what, matching peers, planning a pilot of weekly sessions, printing\n"
        " agendas and reporting the impact. It works offline; a workspace is one .peerdesk file.\n"
        " This package brings its own Python and Qt under /opt/peerdesk.\n"
    )


def _put(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _icons(root: Path) -> None:
    """The application's and the workspace type's icons in the hicolor theme, every size."""
    hicolor = root / "usr/share/icons/hicolor"
    for kind, name in (("apps", "peerdesk"), ("mimetypes", MIME_ICON)):
        for size in ICON_SIZES:
            if size <= 512:
                target = hicolor / f"{size}x{size}" / kind / f"{name}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(ASSETS / f"peerdesk-{size}.png", target)
        scalable = hicolor / "scalable" / kind / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SVG, scalable)


def _normalise_modes(root: Path) -> None:
    """Folders 755, files 644, executables 755 (whatever the build machine's umask was)."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb(app: Path, version: str) -> Path:
    """dist/peerdesk_VERSION_ARCH.deb: the app in /opt/peerdesk, `peerdesk` on the PATH, menu entry, MIME."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(app, root / "opt" / "peerdesk", symlinks=True)
    _put(root / "usr/bin/peerdesk", LAUNCHER, 0o755)
    _put(root / "usr/share/applications/peerdesk.desktop", DESKTOP_ENTRY)
    _put(root / "usr/share/mime/packages/peerdesk.xml", MIME_XML)
    _put(
        root / "usr/share/doc/peerdesk/copyright",
        "PeerDesk\nLicense: MIT\n\nThe bundled Python, Qt (LGPLv3) and libraries keep their own licenses,\n"
        "shipped beside them under /opt/peerdesk.\n",
    )
    _icons(root)
    _normalise_modes(root)
    depends = debian_depends(root / "opt" / "peerdesk")
    installed_kib = folder_size(root) // 1024
    _put(root / "DEBIAN/control", _control(version, arch, depends, installed_kib))
    out = DIST / f"peerdesk_{version}_{arch}.deb"
    # zstd: 30 s on two cores for some 130 MiB, where xz takes minutes for 105 MiB (dpkg >= 1.21, Debian 12)
    command = ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(out)]
    subprocess.run(command, check=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """Build the application (and the .deb); print what was built, how big, how long it took."""
    parser = argparse.ArgumentParser(description="Build PeerDesk as a standalone application.")
    parser.add_argument("--deb", action="store_true", help="also wrap it into a Debian package")
    parser.add_argument("--skip-app", action="store_true", help="reuse dist/PeerDesk (only with --deb)")
    args = parser.parse_args(argv)
    version = project_version()
    started = time.monotonic()
    if args.skip_app and APP.is_dir():
        make_icons(ASSETS)
    else:
        build_app(version)
    print(f"built {APP} ({folder_size(APP) / 2**20:.0f} MiB) in {time.monotonic() - started:.0f} s")
    if args.deb:
        began = time.monotonic()
        deb = build_deb(APP, version)
        print(f"built {deb} ({deb.stat().st_size / 2**20:.0f} MiB) in {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
