"""The Matching view: run a mode, read the reasons, lock, swap or exclude, re-run, Apply.

A pairs run also shows how its pairs were chosen (the proof, what each hard rule
costs, blocking pairs), and "Why not these two?" answers for any two people.

Nothing reaches the schedule until Apply; Apply is one undoable step. Weight
changes re-run at once (a live preview) and say what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk import i18n
from peerdesk.collation import sort_key
from peerdesk.domain import Person, Program, Session
from peerdesk.matching.certificate import Certificate, unproven
from peerdesk.matching.repair import Repair, RepeatRepair, repeat_repairs, widened, widenings
from peerdesk.matching.score import Weights
from peerdesk.matching.service import Matcher
from peerdesk.matching.solvers import MODES, Group, MatchRequest, MatchResult
from peerdesk.schedule.service import ScheduleChange
from peerdesk.ui import theme

WEIGHT_FIELDS = (
    ("teach_per_level", "Teaching, per level gained"),
    ("swap_bonus", "Both learn (swap)"),
    ("shared_time", "Shared free time"),
    ("no_shared_time", "No shared free time"),
    ("cross_team", "Other team (negative: same team)"),
    ("met_before", "Met before"),
)
WEIGHT_TIPS = {
    "teach_per_level": "Added for each level the learner gains from the teacher (up to 3 levels)",
    "swap_bonus": "Added when each of the two can teach the other something",
    "shared_time": "Added when both are free at the same time in the week for a session",
    "no_shared_time": "Added (a minus takes points off) when both gave free times but none overlap",
    "cross_team": "Added for two people from different teams; a minus number prefers the same team",
    "met_before": "Added (a minus takes points off) for two people who already met in this program",
}
POINTS_HELP = (
    "Every pair gets a score: the sum of the points below that apply to it. PeerDesk picks the "
    "groupings with the highest total, so more points make a reason count more, and a minus "
    "number counts against a pair. Example: a teacher two levels above the learner, both free "
    "at the same time, earns 2 \u00d7 10 + 10 = 30 points."
)
ODD_HELP = (
    "When the number of people is odd, someone is left over: either three people meet as one "
    "group, or one person sits out this round"
)
SHUFFLE_HELP = (
    "Several groupings are often equally good. Another number here picks another of them; the "
    "same number always gives the same groups"
)
PERSON, GROUP, REPAIR, REPEAT = 1, 2, 3, 4
WHY_NOT_ROLE = Qt.ItemDataRole.UserRole + 7  # marks the "Why not A with B?" answer at the top


class MatchingDialog(QDialog):
    """The review-then-apply matching window."""

    def __init__(
        self,
        matcher: Matcher,
        programs: list[Program],
        people: list[Person],
        apply: Callable[[Program, int], ScheduleChange | None],
        parent: QWidget | None = None,
        place: Callable[[Session], object] | None = None,
        repair: Callable[[Person], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matching_dialog")
        self.setWindowTitle(self.tr("Match Peers"))
        self._matcher, self._apply, self._place, self._repair = matcher, apply, place, repair
        self.repairs: dict[str, Repair] = {}  # unpaired email -> the smallest widening that pairs them
        self.unplaced: list[Session] = []  # meetings Apply found no shared free time for
        self._programs = programs
        self._names = {p.email: p.name for p in people}
        self.locked: list[tuple[str, ...]] = []
        self.excluded: set[str] = set()
        self.skipping: set[str] = set()  # asked to sit this round out (this run only)
        self.repeats: set[frozenset[str]] = set()  # may meet again in this program's runs (Allow Repeat)
        self.repeat_repairs: dict[str, RepeatRepair] = {}  # unpaired email -> the one repeat that pairs them
        self.skip_dialog: SkipDialog | None = None
        self.result: MatchResult | None = None
        self.certificate: Certificate | None = None
        self.why_not_lines: list[str] = []
        self._last_request: MatchRequest | None = None
        self.run_id: int | None = None

        self.program = QComboBox()
        for p in programs:
            self.program.addItem(p.name, p.id)
        self.program.setCurrentIndex(len(programs) - 1)
        self.program.currentIndexChanged.connect(lambda _index: self.set_skipping(set()))
        self.program.currentIndexChanged.connect(lambda _index: self.repeats.clear())
        self.mode = QComboBox()
        mode_words = {
            "pairs": self.tr("pairs"),
            "mentor": self.tr("mentor"),
            "pods": self.tr("pods"),
            "rotation": self.tr("rotation"),
        }
        for key in MODES:
            self.mode.addItem(mode_words.get(key, key), key)
        self.size = QSpinBox()
        self.size.setRange(3, 6)
        self.size.setValue(4)
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 52)
        self.rounds.setValue(4)
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItems(sorted({t.skill for p in people for t in p.teaches}, key=sort_key))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 10)
        self.capacity.setValue(2)
        self.pods_by = QComboBox()
        self.pods_by.addItem(self.tr("same role"), "role")
        self.pods_by.addItem(self.tr("same learning goal"), "goal")
        self.odd = QComboBox()
        self.odd.addItem(self.tr("one group of three"), "trio")
        self.odd.addItem(self.tr("one person sits out"), "sit-out")
        self.history = QComboBox()
        self.history.addItems([self.tr("penalise pairs that met"), self.tr("forbid pairs that met")])
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.seed.setToolTip(self.tr(SHUFFLE_HELP))
        self.odd.setToolTip(self.tr(ODD_HELP))
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Program"), self.program),
            (self.tr("&Mode"), self.mode),
            (self.tr("Pod si&ze"), self.size),
            (self.tr("Pods &by"), self.pods_by),
            (self.tr("Ro&unds"), self.rounds),
            (self.tr("&Topic"), self.topic),
            (self.tr("&Capacity"), self.capacity),
            (self.tr("With an &odd number"), self.odd),
            (self.tr("&History"), self.history),
            (self.tr("Shuffl&e"), self.seed),
        ):
            form.addRow(label, widget)
        self.skip_button = QPushButton(self.tr("S&kips this round..."))
        self.skip_button.setObjectName("match_skips")
        self.skip_button.setToolTip(
            self.tr("Tick who sits this round out (they answered SKIP): the run leaves them out")
        )
        self.skip_button.clicked.connect(self.choose_skips)
        form.addRow("", self.skip_button)
        self.weights: dict[str, QDoubleSpinBox] = {}
        weights_box = QGroupBox(self.tr("What makes a good pair (points)"))
        grid = QGridLayout(weights_box)
        self.points_help = QLabel(self.tr(POINTS_HELP))
        self.points_help.setObjectName("points_help")
        self.points_help.setWordWrap(True)
        grid.addWidget(self.points_help, 0, 0, 1, 2)
        defaults = Weights()
        for row, (name, label) in enumerate(WEIGHT_FIELDS, start=1):
            spin = QDoubleSpinBox()
            spin.setRange(-100, 100)
            spin.setValue(getattr(defaults, name))
            spin.valueChanged.connect(self.preview)
            caption = QLabel(self.tr(label))
            caption.setBuddy(spin)
            spin.setAccessibleName(self.tr("Points for: {0}").format(caption.text()))
            spin.setToolTip(self.tr(WEIGHT_TIPS[name]))
            caption.setToolTip(spin.toolTip())
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            self.weights[name] = spin
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(weights_box)
        left.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Proposed groups"))
        self.tree.setObjectName("match_tree")
        self.tree.setHeaderLabels([self.tr("Match"), self.tr("Score")])
        self.tree.setColumnWidth(0, 520)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setObjectName("match_summary")
        self.summary.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Run"))
        self.lock_button = QPushButton(self.tr("&Lock / Unlock"))
        self.swap_button = QPushButton(self.tr("S&wap two people"))
        self.exclude_button = QPushButton(self.tr("E&xclude person"))
        self.never_button = QPushButton(self.tr("&Never pair these two"))
        self.never_button.setToolTip(
            self.tr("Add the two selected people to the do-not-pair list (or take them off it)")
        )
        self.never_button.clicked.connect(self.toggle_never)
        self.why_button = QPushButton(self.tr("Wh&y Not These Two?"))
        self.why_button.setToolTip(
            self.tr("The best pairing that puts the two selected people together, and what stands in the way")
        )
        self.why_button.clicked.connect(self.why_not)
        self.coverage = QLabel()
        self.coverage.setObjectName("match_coverage")
        self.coverage.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply to Schedule"))
        self.apply_button.setToolTip(
            self.tr(
                "Each group meets at a time all its members are free (in their own timezones) and "
                "none is booked, spread over the program's week"
            )
        )
        self.place_button = QPushButton(self.tr("&Pick a Time..."))
        self.place_button.setToolTip(
            self.tr("Open the next meeting Apply could not place, to choose its time")
        )
        self.place_button.clicked.connect(self.place_next)
        self.place_button.setVisible(False)
        self.repair_button = QPushButton(self.tr("Add &Free Time"))
        self.repair_button.setToolTip(
            self.tr(
                "Add the selected suggestion to that person's weekly free time (Edit > Undo takes it back)"
            )
        )
        self.repair_button.clicked.connect(self.apply_repair)
        self.repair_button.setVisible(False)
        self.repeat_button = QPushButton(self.tr("Allow Meeting A&gain"))
        self.repeat_button.setToolTip(
            self.tr(
                "Let the two people of the selected suggestion meet again in this program's runs, "
                "although they met before (the no-repeat rule still holds for everyone else)"
            )
        )
        self.repeat_button.clicked.connect(self.allow_repeat)
        self.repeat_button.setVisible(False)
        self.run_button.clicked.connect(self.run)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.swap_button.clicked.connect(self.swap)
        self.exclude_button.clicked.connect(self.exclude)
        self.apply_button.clicked.connect(self.apply)
        # two rows, so the dialog fits a 1024-pixel-wide laptop screen
        edits = QHBoxLayout()
        for button in (
            self.lock_button,
            self.swap_button,
            self.exclude_button,
            self.never_button,
            self.why_button,
        ):
            edits.addWidget(button)
        edits.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.repeat_button)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.apply_button)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.tree, 1)
        right.addLayout(edits)
        right.addLayout(buttons)
        right.addWidget(self.coverage)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        self.resize(1200, 720)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        self._update_buttons()
        self.show_coverage()

    def show_coverage(self) -> None:
        """Who has met whom so far, per team, and the do-not-pair list."""
        people = self._matcher.schedule.people.list_people()
        coverage = self._matcher.coverage(people)
        parts = [f"{team} {i18n.format_percent(share)}" for team, share in coverage.items()]
        blocked = sorted(
            " & ".join(sorted((self._name(e) for e in pair), key=sort_key))
            for pair in self._matcher.runs.blocked_pairs()
        )
        text = self.tr("Pairs that have met so far: {0}.").format(", ".join(parts) or self.tr("no teams yet"))
        if blocked:
            text += " " + self.tr("Never paired: {0}.").format("; ".join(blocked))
        self.coverage.setText(text)

    # -- running ------------------------------------------------------------

    def current_program(self) -> Program:
        """The program chosen."""
        return next(p for p in self._programs if p.id == self.program.currentData())

    def current_weights(self) -> Weights:
        """The weights as set in the window."""
        values = {name: spin.value() for name, spin in self.weights.items()}
        return replace(Weights(), forbid_repeats=self.history.currentIndex() == 1, **values)

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.size.setEnabled(mode == "pods")
        self.pods_by.setEnabled(mode == "pods")
        self.rounds.setEnabled(mode == "rotation")
        self.topic.setEnabled(mode == "mentor")
        self.capacity.setEnabled(mode == "mentor")
        self.odd.setEnabled(mode == "pairs")
        self.locked.clear()
        self.tree.clear()
        self.result = self.certificate = None
        self.summary.setText(self.tr("Choose a mode and press Run. Nothing is scheduled until you Apply."))
        self._update_buttons()

    def _request(self):  # type: ignore[no-untyped-def]
        return self._matcher.request(
            self.current_program(),
            self.mode.currentData(),
            weights=self.current_weights(),
            seed=self.seed.value(),
            size=self.size.value(),
            rounds=self.rounds.value(),
            topic=self.topic.currentText(),
            capacity=self.capacity.value(),
            odd=self.odd.currentData(),
            pods_by=self.pods_by.currentData(),
            locked=self.locked if self.mode.currentData() != "rotation" else [],
            excluded=self.excluded,
            skipping=self.skipping,
            repeats=self.repeats,
        )

    def choose_skips(self) -> None:
        """Open the program's members as a ticked list: who sits this round out (applied on OK)."""
        members = sorted(self.current_program().members, key=lambda e: sort_key(self._name(e)))
        self.skip_dialog = SkipDialog([(e, self._name(e)) for e in members], self.skipping, self)
        dialog = self.skip_dialog
        dialog.accepted.connect(lambda: self.set_skipping(dialog.chosen()))
        dialog.open()

    def set_skipping(self, emails: set[str]) -> None:
        """Who skips the next run; the button counts them."""
        self.skipping = set(emails)
        self.skip_button.setText(
            self.tr("S&kips this round (%n)...", "", len(self.skipping))
            if self.skipping
            else self.tr("S&kips this round...")
        )

    def run(self) -> None:
        """Run (or re-run, keeping locks and exclusions) and show the proposal."""
        request = self._request()
        try:
            self.run_id, result = self._matcher.run(self.current_program(), request)
        except ValueError as exc:
            self.summary.setText(f"<span style='color:{theme.hex_of('error')}'>{exc}</span>")
            return
        previous, self.result, self._last_request = self.result, result, request
        self.certificate = self._matcher.certificate  # proven when the run was stored
        self.why_not_lines = []
        self.repairs = widenings(request, result)
        self.repeat_repairs = repeat_repairs(request, result)
        self._show(result, previous)

    def preview(self) -> None:
        """Weights changed: show what a run with them would change (not stored)."""
        if self.result is None:
            return
        from peerdesk.matching.solvers import run_matching

        try:
            proposal = run_matching(self._request())
        except ValueError:
            return
        old = {frozenset(g.members) for g in self.result.groups}
        new = {frozenset(g.members) for g in proposal.groups}
        self.summary.setText(
            self.tr(
                "Preview with these points: {0} of {1} would change; {2:g} points in all (now {3:g}). "
                "Press Run to use them."
            ).format(
                len(new - old),
                self.tr("%n group(s)", "", len(new)),
                proposal.total_score,
                self.result.total_score,
            )
        )

    # -- showing ----------------------------------------------------------------

    def _name(self, email: str) -> str:
        return i18n.isolate(self._names.get(email, email))

    def _show(self, result: MatchResult, previous: MatchResult | None) -> None:
        self.tree.clear()
        rounds = result.rounds or (result.groups,)
        for number, groups in enumerate(rounds, start=1):
            parent = self.tree.invisibleRootItem()
            if result.rounds:
                parent = QTreeWidgetItem(self.tree, [self.tr("Round {0}").format(number)])
                parent.setExpanded(True)
            for group in groups:
                self._group_item(parent, group)
        skips = self._last_request.skipping if self._last_request is not None else set()
        skipped = [u.email for u in result.unmatched if u.email in skips]
        if skipped:
            names = ", ".join(sorted((self._name(e) for e in skipped), key=sort_key))
            QTreeWidgetItem(self.tree, [self.tr("Skipped: {0}").format(names)])
        repeats = self._last_request.repeats if self._last_request is not None else set()
        if repeats:
            pairs = sorted(" & ".join(sorted(map(self._name, pair), key=sort_key)) for pair in repeats)
            QTreeWidgetItem(self.tree, [self.tr("Allowed to meet again: {0}").format(", ".join(pairs))])
        unpaired = [u for u in result.unmatched if u.email not in skips]
        if unpaired:
            left = QTreeWidgetItem(self.tree, [self.tr("Unpaired ({0})").format(len(unpaired))])
            repairs = self.repairs
            for u in unpaired:
                item = QTreeWidgetItem(left, [self.tr("{0} ({1})").format(self._name(u.email), u.reason)])
                item.setData(0, Qt.ItemDataRole.UserRole, (PERSON, u.email))
                if u.email in repairs:  # the smallest widening of their free time that would pair them
                    fix = QTreeWidgetItem(item, ["\u2192 " + repairs[u.email].text])
                    fix.setData(0, Qt.ItemDataRole.UserRole, (REPAIR, u.email))
                    item.setExpanded(True)
                elif u.email in self.repeat_repairs:  # only the no-repeat rule keeps them from a partner
                    fix = QTreeWidgetItem(item, ["\u2192 " + self.repeat_repairs[u.email].text])
                    fix.setData(0, Qt.ItemDataRole.UserRole, (REPEAT, u.email))
                    item.setExpanded(True)
            left.setExpanded(True)
        if self.certificate is not None:
            self._text_item(self.tr("How these pairs were chosen"), self.certificate.lines(self._names))
        elif unproven(result.mode):
            self._text_item(self.tr("How these groups were chosen"), unproven(result.mode))
        changed = ""
        if previous is not None and previous.mode == result.mode:
            old = {frozenset(g.members) for g in previous.groups}
            differ = len({frozenset(g.members) for g in result.groups} - old)
            changed = self.tr(" {0} from the previous run.").format(
                self.tr("%n group(s) differ(s)", "", differ)
            )
        notes = " ".join(result.notes)
        self.summary.setText(
            self.tr("<b>Run {0}</b>: {1}, {2:g} points in all, shuffle {3}.{4} {5}").format(
                self.run_id,
                self.tr("%n group(s)", "", sum(len(r) for r in rounds)),
                result.total_score,
                result.seed,
                changed,
                notes,
            )
        )
        self._update_buttons()

    def _text_item(self, title: str, lines: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for line in lines:
            QTreeWidgetItem(item, [line])
        item.setExpanded(True)
        return item

    def _group_item(self, parent: QTreeWidgetItem, group: Group) -> None:
        names = " + ".join(self._name(e) for e in group.members)
        item = QTreeWidgetItem(parent, [("\U0001f512 " if group.locked else "") + names, f"{group.score:g}"])
        item.setData(0, Qt.ItemDataRole.UserRole, (GROUP, group.members))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for email in group.members:
            member = QTreeWidgetItem(item, [self._name(email)])
            member.setData(0, Qt.ItemDataRole.UserRole, (PERSON, email))
        for reason in group.reasons:
            QTreeWidgetItem(item, ["\u2022 " + reason])
        item.setExpanded(True)

    # -- editing the proposal ------------------------------------------------------

    def _selected(self, kind: int) -> list[object]:
        values = []
        for item in self.tree.selectedItems():
            data = item.data(0, Qt.ItemDataRole.UserRole)
            if data and data[0] == kind:
                values.append(data[1])
        return values

    def _update_buttons(self) -> None:
        has = self.result is not None
        rotation = self.mode.currentData() == "rotation"
        self.apply_button.setEnabled(has)
        self.lock_button.setEnabled(has and not rotation and bool(self._selected(GROUP)))
        self.swap_button.setEnabled(has and not rotation and len(self._selected(PERSON)) == 2)
        self.exclude_button.setEnabled(has and bool(self._selected(PERSON)))
        self.never_button.setEnabled(len(set(self._selected(PERSON))) == 2)
        self.why_button.setEnabled(
            has and self.mode.currentData() == "pairs" and len(set(self._selected(PERSON))) == 2
        )
        self.repair_button.setVisible(bool(self.repairs) and self._repair is not None)
        self.repair_button.setEnabled(bool(self._selected(REPAIR)))
        self.repeat_button.setVisible(bool(self.repeat_repairs))
        self.repeat_button.setEnabled(bool(self._selected(REPEAT)))

    def select_group(self, members: tuple[str, ...]) -> None:
        """Select the group with these members (for keyboard users and tests)."""
        self.tree.clearSelection()
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == (GROUP, members):
                item.setSelected(True)

    def select_people(self, emails: list[str]) -> None:
        """Select these people's rows."""
        self.tree.clearSelection()
        for item in self._items():
            data = item.data(0, Qt.ItemDataRole.UserRole)
            if data and data[0] == PERSON and data[1] in emails:
                item.setSelected(True)
                emails = [e for e in emails if e != data[1]]

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.tree.invisibleRootItem()]
        while stack:
            item = stack.pop()
            for i in range(item.childCount()):
                found.append(item.child(i))
                stack.append(item.child(i))
        return found

    def toggle_lock(self) -> None:
        """Lock the selected groups (kept on re-run), or unlock them."""
        for members in self._selected(GROUP):
            members = tuple(members)  # type: ignore[arg-type]
            if members in self.locked:
                self.locked.remove(members)
            else:
                self.locked.append(members)
        self.run()

    def swap(self) -> None:
        """Swap two people between their groups; both new groups are locked, the rest re-run."""
        a, b = self._selected(PERSON)[:2]
        assert self.result is not None
        groups = {g.members: g for g in self.result.groups}
        ga = next(m for m in groups if a in m)
        gb = next(m for m in groups if b in m)
        if ga == gb:
            return
        new_a = tuple(b if e == a else e for e in ga)
        new_b = tuple(a if e == b else e for e in gb)
        self.locked = [g for g in self.locked if g not in (ga, gb)] + [new_a, new_b]
        self.run()

    def refresh(self) -> None:
        """The workspace changed (e.g. undo): update the coverage line."""
        self.show_coverage()

    def exclude(self) -> None:
        """Leave the selected people out of this matching and re-run."""
        for email in self._selected(PERSON):
            self.excluded.add(str(email))
            self.locked = [g for g in self.locked if email not in g]
        self.run()

    def toggle_never(self) -> None:
        """Put the two selected people on the do-not-pair list (or take them off), then re-run."""
        a, b = sorted(set(self._selected(PERSON)))[:2]
        repo = self._matcher.runs
        people = self._matcher.schedule.people
        ids = people.id_for_email(str(a)), people.id_for_email(str(b))
        if None in ids:
            return
        blocked = frozenset((a, b)) in repo.blocked_pairs()
        repo.set_blocked(ids[0], ids[1], not blocked)  # type: ignore[arg-type]
        self.locked = [g for g in self.locked if not (a in g and b in g)]
        self.show_coverage()
        self.run()

    def why_not(self) -> None:
        """Why are the two selected people not paired? The answer goes at the top of the list."""
        from peerdesk.matching.why_not import why_not

        if self.result is None or self._last_request is None:
            return
        a, b = sorted(str(e) for e in set(self._selected(PERSON)))[:2]
        answer = why_not(self._last_request, self.result, a, b)
        self.why_not_lines = answer.lines(self._names)
        title = self.tr("Why not {0} with {1}?").format(self._name(a), self._name(b))
        for item in self._items():
            if item.parent() is None and item.data(0, WHY_NOT_ROLE):
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        item = self._text_item(title, self.why_not_lines)
        item.setData(0, WHY_NOT_ROLE, True)  # found again by this mark, in any language
        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        self.tree.insertTopLevelItem(0, item)
        item.setExpanded(True)
        self.tree.scrollToItem(item)

    def apply(self) -> None:
        """Turn the last run into sessions in the program (undoable)."""
        if self.run_id is not None:
            change = self._apply(self.current_program(), self.run_id)
            text = self.tr("Applied run {0}: its sessions are in the Schedule.").format(self.run_id)
            self.unplaced = list(change.unplaced) if change else []
            if change and change.notes:
                text = self.tr(
                    "Applied run {0}: {1} placed where every member is free. "
                    "No free shared time for {2}:\n{3}"
                ).format(
                    self.run_id,
                    self.tr("%n meeting(s)", "", len(change.after)),
                    self.tr("%n meeting(s)", "", len(change.notes)),
                    "\n".join(change.notes),
                )
            self.summary.setText(text)
            self.place_button.setVisible(bool(self.unplaced) and self._place is not None)
            self.apply_button.setEnabled(False)

    def select_repair(self, email: str, kind: int = REPAIR) -> None:
        """Select the suggestion (a widening, or with kind=REPEAT a repeat) under this unpaired person
        (for keyboard users and tests)."""
        self.tree.clearSelection()
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == (kind, email):
                item.setSelected(True)
                self.tree.setCurrentItem(item)

    def apply_repair(self) -> None:
        """Add the selected suggestion to the person's free time (undoable), then run again."""
        if self._repair is None or self._last_request is None:
            return
        people = {p.email: p for p in self._matcher.schedule.people.list_people()}
        for email in self._selected(REPAIR):
            person, repair = people.get(str(email)), self.repairs.get(str(email))
            if person is None or repair is None:
                continue
            better = widened(person, repair, self._last_request.week)
            if better is None:
                self.summary.setText(
                    self.tr("{0}'s added time would run past midnight: add it in Edit Person.").format(
                        i18n.isolate(person.name)
                    )
                )
                return
            self._repair(better)
        self.run()

    def allow_repeat(self) -> None:
        """Let the selected suggestion's two people meet again in this program's runs, then run again.
        Nothing in the workspace changes: the run stores which repeats it allowed."""
        for email in self._selected(REPEAT):
            repair = self.repeat_repairs.get(str(email))
            if repair is not None:
                self.repeats.add(repair.pair)
        self.run()

    def place_next(self) -> None:
        """Open the next meeting Apply could not place, for the lead to pick its time."""
        if self.unplaced and self._place is not None:
            self._place(self.unplaced.pop(0))
        self.place_button.setVisible(bool(self.unplaced))


class SkipDialog(QDialog):
    """The program's members, each with a box to tick: who sits this round out."""

    def __init__(self, members: list[tuple[str, str]], skipping: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skip_dialog")
        self.setWindowTitle(self.tr("Skips This Round"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Members who skip this round"))
        for email, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if email in skipping else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick who sits this round out. The run leaves them out.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        """The emails ticked."""
        return {
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }

    def check(self, email: str, on: bool = True) -> None:
        """Tick (or untick) one member (for keyboard users' tests)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == email:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
