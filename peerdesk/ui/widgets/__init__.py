"""Small widgets shared by several dialogs."""
