"""The skill-gap panel: what is wanted but untaught, taught but unwanted, and who could teach."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from peerdesk.domain import LEVEL_NAMES, Person
from peerdesk.roster.skill_gaps import find_gaps

MAX_NAMES = 6


def name_list(names: list[str], total: int | None = None) -> str:
    """At most MAX_NAMES names, then 'and N more', so a big roster stays readable.

    `total` is how many there are when `names` holds only the first few of them.
    """
    total = len(names) if total is None else total
    if total <= MAX_NAMES:
        return ", ".join(names)
    return f"{', '.join(names[:MAX_NAMES])} and {total - MAX_NAMES} more"


class SkillGapPanel(QTreeWidget):
    """A tree with the three answers of `find_gaps`, refreshed after every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skill_gaps")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Skill"), self.tr("Who")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("Skill gaps"))

    def show_people(self, people: list[Person]) -> None:
        """Recompute the gaps for `people` and show them."""
        gaps = find_gaps(people)
        self.clear()
        wanted = self._section(self.tr("Wanted, nobody teaches ({0})").format(len(gaps.wanted_untaught)))
        for skill, learners in gaps.wanted_untaught:
            self._row(wanted, skill, self.tr("wanted by {0}").format(name_list(list(learners))))
        could = self._section(self.tr("Who could teach what is wanted ({0})").format(len(gaps.teachers_for)))
        for skill, learners, teachers in gaps.teachers_for:
            shown = [f"{t.name} ({t.level} {LEVEL_NAMES[t.level]})" for t in teachers[: MAX_NAMES + 1]]
            item = self._row(could, skill, name_list(shown, len(teachers)))
            item.setToolTip(1, self.tr("wanted by {0}").format(name_list(list(learners))))
        unwanted = self._section(self.tr("Taught, nobody wants ({0})").format(len(gaps.taught_unwanted)))
        for skill, teachers in gaps.taught_unwanted:
            self._row(unwanted, skill, name_list(list(teachers)))
        wanted.setExpanded(True)
        could.setExpanded(True)
        unwanted.setExpanded(False)

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        return item

    def _row(self, parent: QTreeWidgetItem, skill: str, who: str) -> QTreeWidgetItem:
        return QTreeWidgetItem(parent, [skill, who])

    def section_texts(self) -> dict[str, list[str]]:
        """Section title -> skills listed under it (for tests and accessibility)."""
        result = {}
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            result[top.text(0)] = [top.child(j).text(0) for j in range(top.childCount())]
        return result
