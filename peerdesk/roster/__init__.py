"""The roster: people, skills and levels, CSV import and export, skill gaps and the skills matrix."""
