"""Stored matching runs and the do-not-pair list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerdesk import clock

if TYPE_CHECKING:  # sqlite-utils loads on the first write (see storage/database.py)
    from sqlite_utils import Database


@dataclass(frozen=True)
class StoredRun:
    """One matching run as stored: what went in and what came out."""

    id: int
    program_id: int | None
    mode: str
    seed: int
    params: dict[str, object]
    inputs: dict[str, object]
    result: dict[str, object]
    created_at: str
    applied_at: str | None


class MatchRunRepository:
    """The match_runs and do_not_pair tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save(
        self,
        program_id: int | None,
        mode: str,
        seed: int,
        params: dict[str, object],
        inputs: dict[str, object],
        result: dict[str, object],
    ) -> int:
        """Store a run; returns its id."""
        return int(
            self.db["match_runs"]
            .insert(
                {
                    "program_id": program_id,
                    "mode": mode,
                    "seed": seed,
                    "params": json.dumps(params, sort_keys=True),
                    "inputs": json.dumps(inputs, sort_keys=True),
                    "result": json.dumps(result, sort_keys=True),
                    "created_at": clock.now().isoformat(timespec="seconds"),
                }
            )
            .last_pk
        )

    def mark_applied(self, run_id: int, applied: bool = True) -> None:
        """Record (or clear, on undo) that a run was applied to the schedule."""
        self.db["match_runs"].update(
            run_id, {"applied_at": clock.now().isoformat(timespec="seconds") if applied else None}
        )

    def list_runs(self, program_id: int | None = None) -> list[StoredRun]:
        """Runs, newest last."""
        where, params = ("program_id = ?", [program_id]) if program_id is not None else (None, [])
        return [
            StoredRun(
                r["id"],
                r["program_id"],
                r["mode"],
                r["seed"],
                json.loads(r["params"]),
                json.loads(r["inputs"]),
                json.loads(r["result"]),
                r["created_at"],
                r["applied_at"],
            )
            for r in self.db["match_runs"].rows_where(where, params, order_by="id")
        ]

    def blocked_pairs(self) -> set[frozenset[str]]:
        """The do-not-pair list, as pairs of emails."""
        return {
            frozenset((a, b))
            for a, b in self.db.execute(
                "SELECT pa.email, pb.email FROM do_not_pair d JOIN people pa ON pa.id = d.person_a"
                " JOIN people pb ON pb.id = d.person_b"
            )
        }

    def set_blocked(self, person_a: int, person_b: int, blocked: bool) -> None:
        """Add or remove a pair from the do-not-pair list."""
        a, b = sorted((person_a, person_b))
        if blocked:
            self.db["do_not_pair"].insert({"person_a": a, "person_b": b}, ignore=True)
        else:
            self.db.execute("DELETE FROM do_not_pair WHERE person_a = ? AND person_b = ?", [a, b])
