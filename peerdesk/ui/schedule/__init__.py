"""The Schedule tab: week and list views of sessions, and the dialogs that plan pilots and matches."""
