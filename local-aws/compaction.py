"""Which journal requests can go: the maintenance-window ones whose effect is gone.

The journal (server.py) replays every successful write since it was
created, so a stack deployed and destroyed a hundred times replays a hundred
deploys on every start.  moto's state cannot be snapshotted, so compaction
drops requests instead, keeping every survivor's sequence number (its RNG
seed, hence the ids it creates).  Only SSM maintenance-window requests are
considered -- they are what this endpoint is mostly used for -- and only two
rules, both safe for the patched handlers in ssm_patches.py:

1. An object that was deleted later takes every request about it along:
   a window deleted by ``DeleteMaintenanceWindow`` drops its create, its
   updates, its tag changes and every request about its targets and tasks;
   a target/task deregistered later drops its register, updates and the
   deregister.  (A task whose ``Targets`` name a dropped target keeps them:
   registering a task does not check that the target exists.)
2. An update superseded by a later *full* update of the same object is
   dropped: ``Replace=true`` on a task or target sets or clears every field;
   on a window it does too except ``Enabled``, so a window update only
   supersedes earlier ones if it is ``Replace=true`` and sends ``Enabled``.

server.py keeps the compacted journal only if replaying it gives the same SSM
state (``ssm_patches.state_digest``) as replaying all of it.  Requests to
other services (IAM, S3, DynamoDB, STS, other SSM actions) are always kept.
"""

from __future__ import annotations

import json
from typing import Any

# (entry, HTTP status of its replay, response body, (service, action, params))
Replayed = tuple[dict[str, Any], int, bytes, tuple[str, str, dict[str, Any]]]


def _created_id(body: bytes, key: str) -> str | None:
    try:
        value = json.loads(body or b"{}").get(key)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _full_update(kind: str, params: dict[str, Any]) -> bool:
    if not params.get("Replace"):
        return False
    return kind != "window" or params.get("Enabled") is not None


def compact(replayed: list[Replayed]) -> list[dict[str, Any]]:
    """The entries to keep, in journal order."""
    # Per entry: the object ids it refers to, and (kind, id) if it updates one.
    refs: list[set[str] | None] = []
    updates: list[tuple[str, str] | None] = []
    deleted: set[str] = set()
    for _entry, code, body, (service, action, params) in replayed:
        ref: set[str] | None = None
        update: tuple[str, str] | None = None
        if service == "ssm" and code < 300:
            window = params.get("WindowId")
            if action == "CreateMaintenanceWindow":
                created = _created_id(body, "WindowId")
                ref = {created} if created else None
            elif action == "UpdateMaintenanceWindow" and window:
                ref, update = {window}, ("window", window)
            elif action == "DeleteMaintenanceWindow" and window:
                ref = {window}
                deleted.add(window)
            elif action == "RegisterTargetWithMaintenanceWindow" and window:
                created = _created_id(body, "WindowTargetId")
                ref = {window, created} if created else None
            elif action == "UpdateMaintenanceWindowTarget" and window and params.get("WindowTargetId"):
                target = params["WindowTargetId"]
                ref, update = {window, target}, ("target", target)
            elif action == "DeregisterTargetFromMaintenanceWindow" and window and params.get("WindowTargetId"):
                ref = {window, params["WindowTargetId"]}
                deleted.add(params["WindowTargetId"])
            elif action == "RegisterTaskWithMaintenanceWindow" and window:
                created = _created_id(body, "WindowTaskId")
                ref = {window, created} if created else None
            elif action == "UpdateMaintenanceWindowTask" and window and params.get("WindowTaskId"):
                task = params["WindowTaskId"]
                ref, update = {window, task}, ("task", task)
            elif action == "DeregisterTaskFromMaintenanceWindow" and window and params.get("WindowTaskId"):
                ref = {window, params["WindowTaskId"]}
                deleted.add(params["WindowTaskId"])
            elif (
                action in ("AddTagsToResource", "RemoveTagsFromResource")
                and params.get("ResourceType") == "MaintenanceWindow"
                and params.get("ResourceId")
            ):
                ref = {params["ResourceId"]}
        refs.append(ref)
        updates.append(update)

    drop = [bool(ref and ref & deleted) for ref in refs]

    # Rule 2, walking backwards: once a full update of an object is seen,
    # every earlier update of that object is superseded.
    superseded: set[tuple[str, str]] = set()
    for index in range(len(replayed) - 1, -1, -1):
        update = updates[index]
        if update is None or drop[index]:
            continue
        if update in superseded:
            drop[index] = True
            continue
        params = replayed[index][3][2]
        if _full_update(update[0], params):
            superseded.add(update)

    return [item[0] for item, dropped in zip(replayed, drop) if not dropped]
