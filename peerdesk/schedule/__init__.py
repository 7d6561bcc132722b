"""The schedule: programs, weekly series, formats, conflicts, holidays and calendar invites."""
