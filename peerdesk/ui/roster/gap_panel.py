"""The skill-gap panel: what is wanted but untaught, taught but unwanted, and who could teach."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from peerdesk.domain import Person
from peerdesk.i18n import isolate
from peerdesk.roster.skill_gaps import GapIndex
from peerdesk.ui.words import and_more, level_word

MAX_NAMES = 6


def name_list(names: list[str], total: int | None = None) -> str:
    """At most MAX_NAMES names, then 'and N more', so a big roster stays readable.

    `total` is how many there are when `names` holds only the first few of them.
    """
    total = len(names) if total is None else total
    shown = ", ".join(isolate(name) for name in names[:MAX_NAMES])
    if total <= MAX_NAMES:
        return shown
    return and_more(shown, total - MAX_NAMES)


class SkillGapPanel(QTreeWidget):
    """A tree with the three answers of the skill gaps, refreshed after every change."""

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
        self._expanded = [True, True, False]  # the sections' first state; then the lead's own
        self._index = GapIndex()

    def show_people(self, people: list[Person]) -> None:
        """Work out the gaps for a whole roster and show them."""
        self._index = GapIndex(people)
        self._show()

    def update_people(self, changed: list[Person], removed: set[int]) -> None:
        """Show the gaps after one edit, working out again only the skills of those who changed."""
        self._index.update(changed, removed)
        self._show()

    def _show(self) -> None:
        gaps = self._index.gaps()
        current, scrolled = self._remember()
        self.clear()
        wanted = self._section(self.tr("Wanted, nobody teaches ({0})").format(len(gaps.wanted_untaught)))
        for skill, learners in gaps.wanted_untaught:
            self._row(wanted, skill, self.tr("wanted by {0}").format(name_list(list(learners))))
        could = self._section(self.tr("Who could teach what is wanted ({0})").format(len(gaps.teachers_for)))
        for skill, learners, teachers in gaps.teachers_for:
            first = teachers[: MAX_NAMES + 1]
            shown = [f"{isolate(t.name)} ({t.level} {level_word(t.level)})" for t in first]
            item = self._row(could, skill, name_list(shown, len(teachers)))
            item.setToolTip(1, self.tr("wanted by {0}").format(name_list(list(learners))))
        unwanted = self._section(self.tr("Taught, nobody wants ({0})").format(len(gaps.taught_unwanted)))
        for skill, teachers in gaps.taught_unwanted:
            self._row(unwanted, skill, name_list(list(teachers)))
        for section, expanded in zip((wanted, could, unwanted), self._expanded, strict=True):
            section.setExpanded(expanded)
        self._restore(current, scrolled)

    def _remember(self) -> tuple[tuple[int, str] | None, int]:
        """Which sections are open, the chosen row (section, skill) and the scroll position."""
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        if len(tops) == len(self._expanded):
            self._expanded = [top.isExpanded() for top in tops]
        item = self.currentItem()
        current = None
        if item is not None:
            parent = item.parent()
            current = (
                (self.indexOfTopLevelItem(parent), item.text(0))
                if parent
                else (self.indexOfTopLevelItem(item), "")
            )
        return current, self.verticalScrollBar().value()

    def _restore(self, current: tuple[int, str] | None, scrolled: int) -> None:
        if current is not None and 0 <= current[0] < self.topLevelItemCount():
            top = self.topLevelItem(current[0])
            match = next(
                (top.child(j) for j in range(top.childCount()) if top.child(j).text(0) == current[1]), top
            )
            self.setCurrentItem(match)
        self.verticalScrollBar().setValue(scrolled)

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
