"""Read an application's accessibility tree over AT-SPI, from outside it, as a screen reader does.

Run with the system Python that has pyatspi (Debian python3-pyatspi), on the session bus the
application uses: python3 atspi_read.py APPLICATION_NAME. Prints JSON: each node's role, name,
states, text (its first 80 characters), labelled-by names and its parent's role (a table's
first 40 children only). Used by tests/test_atspi_external.py.
"""

import json
import sys
import time

import pyatspi

LIMIT = 6000


def find_application(name: str, seconds: float = 30):
    """The running application whose name contains `name`, waiting until it is on the bus."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and name.lower() in app.name.lower():
                return app
        time.sleep(0.3)
    return None


def node_text(node) -> str | None:
    """The node's text (first 80 characters), None when it has no text interface."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, min(text.characterCount, 80))


def labelled_by(node) -> list[str]:
    """The names of the nodes that label this one."""
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return names


def walk(node, out: list[dict], depth: int = 0, parent_role: str = "") -> None:
    """Append `node` and its descendants to `out`."""
    if depth > 40 or len(out) > LIMIT:
        return
    role = node.getRoleName()
    states = node.getState()
    out.append(
        {
            "role": role,
            "name": node.name,
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
            "focused": states.contains(pyatspi.STATE_FOCUSED),
            "text": node_text(node),
            "labelled_by": labelled_by(node),
            "children": node.childCount,
            "depth": depth,
            "parent_role": parent_role,
        }
    )
    count = min(node.childCount, 40) if role in ("table", "tree table") else node.childCount
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, out, depth + 1, role)


def main() -> int:
    """Print the tree of the application named on the command line."""
    app = find_application(sys.argv[1])
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print(json.dumps({"error": f"no application named {sys.argv[1]!r} on the bus", "apps": names}))
        return 1
    nodes: list[dict] = []
    walk(app, nodes)
    print(json.dumps({"app": app.name, "nodes": nodes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
