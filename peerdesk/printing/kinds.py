"""The printouts by what they are printed for (a session, the program, a person), without loading
the templates: the command line offers them as choices before anything is printed."""

SESSION_KINDS = ("agenda", "feedback-form", "sign-in", "follow-up")
PROGRAM_KINDS = ("handout", "kickoff", "calendar", "skip-slip", "how-chosen")
PERSON_KINDS = ("record", "certificate", "thank-you")
ALL_KINDS = (*SESSION_KINDS, "guide", *PROGRAM_KINDS, *PERSON_KINDS)
