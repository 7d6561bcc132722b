"""Side-by-side columns for overlapping sessions, as calendar applications lay out a day.

Sort by start, group sessions whose times chain-overlap into clusters, give each
the first free column of its cluster, and let every member of a cluster share
its column count. No Qt here, so the layout is tested on its own.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Placement:
    """Where one item goes: its column, how many columns its cluster has, and the cluster."""

    column: int
    columns: int
    cluster: int


def lay_out(items: Iterable[tuple[Hashable, datetime, datetime]]) -> dict[Hashable, Placement]:
    """Columns for (key, start, end) items; items that do not overlap get the full width."""
    ordered = sorted(items, key=lambda item: (item[1], -(item[2] - item[1]).total_seconds()))
    placements: dict[Hashable, Placement] = {}
    cluster: list[tuple[Hashable, int]] = []
    ends: list[datetime] = []  # end of the last item in each column of the current cluster
    cluster_end: datetime | None = None
    number = 0

    def close() -> None:
        for key, column in cluster:
            placements[key] = Placement(column, len(ends), number)

    for key, start, end in ordered:
        if cluster_end is not None and start >= cluster_end:
            close()
            cluster, ends, number = [], [], number + 1
        column = next((c for c, last in enumerate(ends) if last <= start), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        cluster.append((key, column))
        cluster_end = end if cluster_end is None or start >= cluster_end else max(cluster_end, end)
    close()
    return placements
