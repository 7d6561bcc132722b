"""The roster: people, skills and levels, CSV import and export, skill gaps and the skills matrix."""

from peerdesk.schedule.dates import lend_language_to_values

lend_language_to_values()  # the values' messages (field errors, agenda lines) in the language in force
