"""The schedule: programs, weekly series, formats, conflicts, holidays and calendar invites."""

from peerdesk.schedule.dates import lend_language_to_values

lend_language_to_values()  # the values' messages (field errors, agenda lines) in the language in force
