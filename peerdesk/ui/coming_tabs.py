"""The Schedule and Feedback tabs until their own features land.

They say what they will hold and show what the workspace already knows
(the programs), rather than an empty grey page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from peerdesk.domain import WEEKDAYS, Program


class ScheduleOverview(QWidget):
    """The pilots in this workspace at a glance, and what the Schedule tab will do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_tab")
        intro = QLabel(
            self.tr(
                "<h3>Schedule</h3><p>Your pilot programs: weekly sessions in formats such as "
                "micro-lessons, skill-swaps and problem clinics. The week view, session editor and "
                "calendar invites (.ics) for Outlook, Google, Apple and Thunderbird arrive here "
                "next.</p>"
            )
        )
        intro.setWordWrap(True)
        self.programs = QTreeWidget()
        self.programs.setObjectName("program_list")
        self.programs.setHeaderLabels(
            [
                self.tr("Program"),
                self.tr("Starts"),
                self.tr("Cadence"),
                self.tr("Format"),
                self.tr("Members"),
                self.tr("Outcome"),
            ]
        )
        self.programs.setRootIsDecorated(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.programs, 1)

    def show_programs(self, programs: list[Program]) -> None:
        """List the workspace's programs."""
        self.programs.clear()
        for p in programs:
            QTreeWidgetItem(
                self.programs,
                [
                    p.name,
                    p.start.isoformat(),
                    self.tr("{0} weeks, {1} {2:%H:%M}, {3} min ({4})").format(
                        p.weeks, WEEKDAYS[p.weekday], p.time, p.minutes, p.timezone
                    ),
                    p.format_key,
                    str(len(p.members)),
                    p.outcome,
                ],
            )
        for column in range(5):
            self.programs.resizeColumnToContents(column)


class FeedbackOverview(QWidget):
    """What the Feedback tab will hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_tab")
        text = QLabel(
            self.tr(
                "<h3>Feedback</h3><p>Record who came to each session, their 1-5 rating and their "
                "answer to the one feedback question; check in on competency levels; and see the "
                "pilot's impact: participation rate, sessions per month, time-to-competency before "
                "vs after, and satisfaction, with a weekly report for leadership.</p>"
                "<p>Sessions appear here once the Schedule holds them.</p>"
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
