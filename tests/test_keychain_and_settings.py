"""A keychain that fails is reported and the password can still be typed; settings that cannot be
read are set aside with a message and defaults (issue 30, item 6). Real keyring backends set
through keyring's own API, real settings files, the real window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from peerdesk.cli.main import main
from peerdesk.storage import open_workspace
from peerdesk.ui.main_window import MainWindow

CLOSED = "http://127.0.0.1:1/dav/"  # nothing listens on port 1: refused at once


class BrokenKeyring(KeyringBackend):
    """A keychain misconfigured in a way keyring does not turn into its own errors."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise ValueError("the keychain's configuration file is not valid")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise ValueError("the keychain's configuration file is not valid")

    def delete_password(self, service: str, username: str) -> None:
        raise ValueError("the keychain's configuration file is not valid")


@pytest.fixture
def broken_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    monkeypatch.delenv("PEERDESK_CALDAV_PASSWORD", raising=False)
    yield
    keyring.set_keyring(previous)


def test_publish_with_a_broken_keychain_says_so_and_uses_the_typed_password(
    broken_keyring: None, demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--db", str(demo_db), "publish", "1", "--url", CLOSED, "--user", "lead"]) == 1
    err = capsys.readouterr().err
    assert "keychain could not be read (the keychain's configuration file is not valid)" in err
    assert "no password for lead" in err and "Traceback" not in err
    monkeypatch.setenv("PEERDESK_CALDAV_PASSWORD", "typed")  # the password given another way is used
    assert main(["--db", str(demo_db), "publish", "1", "--url", CLOSED, "--user", "lead"]) == 1
    err = capsys.readouterr().err
    assert "no password" not in err and "Traceback" not in err


def test_the_publish_dialog_with_a_broken_keychain_asks_for_the_password(
    qtbot, broken_keyring: None, demo_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    demo_window.tabs.setCurrentIndex(1)
    demo_window.actions["publish_calendar"].trigger()
    dialog = demo_window.dialog
    qtbot.keyClicks(dialog.url, CLOSED)
    qtbot.keyClicks(dialog.user, "lead")
    dialog.publish_button.click()
    assert "keychain could not be read" in dialog.message.text()
    assert "Enter the password" in dialog.message.text()
    dialog.password.setText("typed")
    dialog.remember.setChecked(True)
    dialog.publish_button.click()  # keeping it fails too: said, and publishing goes on
    qtbot.waitUntil(lambda: "Enter the password" not in dialog.message.text(), timeout=20000)
    assert "Traceback" not in dialog.message.text()


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("recent=@ByteArray(zz)", "recent"),
        ("recent=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)", "recent"),
        ("recent=@Variant(\\0\\0\\0\\t\\0\\0\\0\\x1\\0\\0\\0\\x2\\0\\0\\0\\x1)", "recent"),
    ],
)
def test_settings_that_cannot_be_read_are_set_aside_with_a_message(
    qtbot, demo_db: Path, tmp_path: Path, line: str, key: str
) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[General]\n{line}\nfirst_run_done=true\n", encoding="latin-1")
    window = MainWindow(open_workspace(demo_db), settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    message = window.statusBar().currentMessage()
    assert "could not be read" in message and key in message
    kept = list(tmp_path.glob("settings.ini.unreadable-*"))
    assert len(kept) == 1 and line.split("=")[0] in kept[0].read_text(encoding="latin-1")
    assert window.settings.value("first_run_done", type=bool) is True  # the good ones stay
    window.close()
    shutil.rmtree(tmp_path / "none", ignore_errors=True)
