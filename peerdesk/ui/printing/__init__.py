"""Printing from the window: the print dialog, preview and PDF output shared by every tab."""
