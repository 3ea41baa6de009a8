"""Patches to moto 5.2.1's SSM maintenance-window support.

moto implements Create/Get/Describe/Delete for windows plus Register/
Describe/Deregister for targets and tasks, but the real terraform AWS
provider also needs:

* GetMaintenanceWindowTask, UpdateMaintenanceWindowTask,
  UpdateMaintenanceWindow, UpdateMaintenanceWindowTarget (missing in moto);
* Describe* filters (moto returns *nothing* as soon as a filter is given, and
  the provider reads a window target through a WindowTargetId filter);
* fields moto drops or mislabels: AllowUnassociatedTargets/Enabled of a
  window, OwnerInformation of a target, CutoffBehavior/AlarmConfiguration of
  a task, ``Type`` (moto answers ``TaskType``) in DescribeMaintenanceWindowTasks;
* AWS's validation for targetless tasks (placeholder "1" for MaxConcurrency
  and MaxErrors) and DoesNotExistException instead of a 500 on unknown ids;
* base64 handling of the Lambda ``Payload`` blob (moto stores the base64 text
  and its serializer encodes it a second time on the way out);
* ``ClientToken`` idempotency of CreateMaintenanceWindow,
  RegisterTargetWithMaintenanceWindow and RegisterTaskWithMaintenanceWindow
  (moto ignores the token, so an SDK retry of a create made a second object);
* ``MaxResults``/``NextToken`` pagination of DescribeMaintenanceWindows,
  DescribeMaintenanceWindowTargets and DescribeMaintenanceWindowTasks (moto
  returns everything in one page and never a NextToken).

Everything here is applied by ``apply()``; nothing touches moto's files.
Responses are plain dicts: moto serializes them through botocore's output
shape, so keys that the shape does not know are dropped and ``None`` values
are omitted -- which is what lets "only return it if it was set" work.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import itertools
import json
from typing import Any, Callable

from moto.ssm import models as ssm_models
from moto.ssm import responses as ssm_responses
from moto.ssm.exceptions import SSMException, ValidationException

FakeWindow = ssm_models.FakeMaintenanceWindow
FakeTarget = ssm_models.FakeMaintenanceWindowTarget
FakeTask = ssm_models.FakeMaintenanceWindowTask
Backend = ssm_models.SimpleSystemManagerBackend
Response = ssm_responses.SimpleSystemManagerResponse


class DoesNotExist(SSMException):
    """DoesNotExistException with a message naming the missing object."""

    def __init__(self, message: str):
        super().__init__("DoesNotExistException", message)


class TargetInUse(SSMException):
    def __init__(self, message: str):
        super().__init__("TargetInUseException", message)


class IdempotentParameterMismatch(SSMException):
    def __init__(self, message: str):
        super().__init__("IdempotentParameterMismatch", message)


class InvalidNextToken(SSMException):
    def __init__(self) -> None:
        super().__init__("InvalidNextToken", "The specified token isn't valid.")


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


# Task fields that RegisterTaskWithMaintenanceWindow accepts besides the
# identifiers, mapped to the attribute names moto's FakeMaintenanceWindowTask
# already uses.  Update/Get work off the same table so nothing is forgotten.
TASK_FIELDS: dict[str, str] = {
    "Targets": "targets",
    "TaskArn": "task_arn",
    "ServiceRoleArn": "service_role_arn",
    "TaskParameters": "task_parameters",
    "TaskInvocationParameters": "task_invocation_parameters",
    "Priority": "priority",
    "MaxConcurrency": "max_concurrency",
    "MaxErrors": "max_errors",
    "LoggingInfo": "logging_info",
    "Name": "name",
    "Description": "description",
    "CutoffBehavior": "cutoff_behavior",
    # moto's constructor calls this "alarm_configurations"; the API says
    # AlarmConfiguration (singular) and moto's handler read the wrong key.
    "AlarmConfiguration": "alarm_configurations",
}

WINDOW_FIELDS: dict[str, str] = {
    "Name": "name",
    "Description": "description",
    "StartDate": "start_date",
    "EndDate": "end_date",
    "Schedule": "schedule",
    "ScheduleTimezone": "schedule_timezone",
    "ScheduleOffset": "schedule_offset",
    "Duration": "duration",
    "Cutoff": "cutoff",
    "AllowUnassociatedTargets": "allow_unassociated_targets",
    "Enabled": "enabled",
}
# Fields CreateMaintenanceWindow requires; with Replace=true an update must
# carry them too (AWS: "all fields that are required by CreateMaintenanceWindow
# are also required for this API request").
WINDOW_REQUIRED = ("Name", "Schedule", "Duration", "Cutoff", "AllowUnassociatedTargets")

TARGET_FIELDS: dict[str, str] = {
    "Targets": "targets",
    "OwnerInformation": "owner_information",
    "Name": "name",
    "Description": "description",
}

# The only target keys a task accepts (AWS: "... is an invalid window task
# target type, use WindowTargetIds or InstanceIds").
TASK_TARGET_KEYS = ("WindowTargetIds", "InstanceIds")

# Request-side placeholder AWS stores for targetless tasks.
TARGETLESS_PLACEHOLDER = "1"


# ---------------------------------------------------------------- helpers


def _decode_blobs(invocation: dict[str, Any] | None) -> dict[str, Any] | None:
    """Turn the base64 text of Lambda.Payload into bytes.

    On the wire (awsJson1_1) blobs are base64; moto's JSON handlers keep the
    text as-is while its serializer base64-encodes blobs on output, so without
    this the provider would read back the base64 of the base64.
    """
    if not invocation:
        return invocation
    invocation = copy.deepcopy(invocation)
    lam = invocation.get("Lambda")
    if isinstance(lam, dict) and isinstance(lam.get("Payload"), str):
        lam["Payload"] = base64.b64decode(lam["Payload"])
    return invocation


def _task_view(task: Any, type_key: str) -> dict[str, Any]:
    """A task as the API shows it; ``type_key`` is "TaskType" for
    GetMaintenanceWindowTask/Update* results and "Type" for the
    MaintenanceWindowTask shape of DescribeMaintenanceWindowTasks."""
    view: dict[str, Any] = {
        "WindowId": task.window_id,
        "WindowTaskId": task.window_task_id,
        type_key: task.task_type,
    }
    for api_name, attr in TASK_FIELDS.items():
        view[api_name] = copy.deepcopy(getattr(task, attr, None))
    return view


def _validate_task(
    task_type: str,
    targets: list[dict[str, Any]] | None,
    max_concurrency: str | None,
    max_errors: str | None,
    sent_concurrency: bool,
    sent_errors: bool,
) -> None:
    """AWS's rules for targets vs MaxConcurrency/MaxErrors (register+update)."""
    for target in targets or []:
        if target.get("Key") not in TASK_TARGET_KEYS:
            raise ValidationException(
                f"{target.get('Key')} is an invalid window task target type, use "
                "WindowTargetIds or InstanceIds. For Run Command tasks, you must "
                "specify at least one resource as the target of the task. You can "
                "specify between 1 and 50 instance IDs, or between 1 and 10 "
                "maintenance window target IDs"
            )
    if not targets:
        if task_type == "RUN_COMMAND":
            raise ValidationException(
                "For Run Command tasks, you must specify at least one resource as "
                "the target of the task."
            )
        # Wording copied from AWS (both sentences when both are sent).
        problems = []
        if sent_errors:
            problems.append(
                "Maintenance window tasks without targets do not support MaxErrors values."
            )
        if sent_concurrency:
            problems.append(
                "Maintenance window tasks without targets do not support MaxConcurrency values."
            )
        if problems:
            raise ValidationException(" ".join(problems))
        return
    missing = [
        name
        for name, value in (("MaxConcurrency", max_concurrency), ("MaxErrors", max_errors))
        if not value
    ]
    if missing:
        raise ValidationException(
            f"{' and '.join(missing)} must be specified for maintenance window "
            "tasks with targets."
        )


def _find_task(backend: Any, window_id: str, task_id: str) -> Any:
    window = backend.get_maintenance_window(window_id)  # DoesNotExist for window
    task = window.tasks.get(task_id)
    if task is None:
        raise DoesNotExist(
            f"Maintenance window task {task_id} does not exist in window {window_id}"
        )
    return task


def _find_target(backend: Any, window_id: str, target_id: str) -> Any:
    window = backend.get_maintenance_window(window_id)
    target = window.targets.get(target_id)
    if target is None:
        raise DoesNotExist(
            f"Maintenance window target {target_id} does not exist in window {window_id}"
        )
    return target


def _filter_values(filters: list[dict[str, Any]] | None) -> dict[str, list[str]]:
    return {f["Key"]: [str(v) for v in f.get("Values", [])] for f in filters or []}


# ---------------------------------------------------------------- windows


_orig_window_init = FakeWindow.__init__


def _window_init(self: Any, *args: Any, **kwargs: Any) -> None:
    _orig_window_init(self, *args, **kwargs)
    # moto neither stores AllowUnassociatedTargets nor lets a window be
    # disabled; AWS creates windows enabled.
    self.allow_unassociated_targets = False
    self.enabled = True
    self.created_date = _now()
    self.modified_date = self.created_date
    _stamp(self)


def _window_to_json(self: Any) -> dict[str, Any]:
    view = {"WindowId": self.id}
    for api_name, attr in WINDOW_FIELDS.items():
        view[api_name] = getattr(self, attr, None)
    view["CreatedDate"] = getattr(self, "created_date", None)
    view["ModifiedDate"] = getattr(self, "modified_date", None)
    return view


_orig_create_window_response = Response.create_maintenance_window


def _create_window_response(self: Any) -> Any:
    def create() -> Any:
        result = _orig_create_window_response(self)
        window_id = result.result["WindowId"]
        window = self.ssm_backend.get_maintenance_window(window_id)
        window.allow_unassociated_targets = bool(
            self._get_param("AllowUnassociatedTargets", False)
        )
        return result

    return _idempotent(self, "CreateMaintenanceWindow", "WindowId", create)


def _update_window(self: Any, window_id: str, params: dict[str, Any]) -> Any:
    window = self.get_maintenance_window(window_id)
    replace = bool(params.get("Replace"))
    if replace:
        missing = [name for name in WINDOW_REQUIRED if params.get(name) is None]
        if missing:
            raise ValidationException(
                f"{', '.join(missing)} must be specified when Replace is true."
            )
    for api_name, attr in WINDOW_FIELDS.items():
        if api_name in params and params[api_name] is not None:
            setattr(window, attr, params[api_name])
        elif replace and api_name != "Enabled":
            # Enabled is not a CreateMaintenanceWindow field, so Replace
            # leaves it alone rather than nulling it.
            setattr(window, attr, None)
    window.modified_date = _now()
    return window


def _update_window_response(self: Any) -> Any:
    params = json.loads(self.body or "{}")
    window = self.ssm_backend.update_maintenance_window(params["WindowId"], params)
    view = _window_to_json(window)
    view.pop("CreatedDate")
    view.pop("ModifiedDate")
    return ssm_responses.ActionResult(view)


# ---------------------------------------------------------------- targets


def _target_to_json(self: Any) -> dict[str, Any]:
    # moto hard-codes OwnerInformation to "" -- return what was registered.
    return {
        "WindowId": self.window_id,
        "WindowTargetId": self.window_target_id,
        "ResourceType": self.resource_type,
        "Targets": self.targets,
        "OwnerInformation": self.owner_information,
        "Name": self.name,
        "Description": self.description,
    }


def _target_filter_match(filters: list[dict[str, Any]] | None, target: Any) -> bool:
    wanted = _filter_values(filters)
    actual = {
        "WindowTargetId": target.window_target_id,
        "Type": target.resource_type,
        "OwnerInformation": target.owner_information,
    }
    return all(str(actual.get(key)) in values for key, values in wanted.items())


def _deregister_target(
    self: Any, window_id: str, window_target_id: str, safe: bool = False
) -> None:
    window = self.get_maintenance_window(window_id)
    _find_target(self, window_id, window_target_id)
    if safe:
        for task in window.tasks.values():
            for target in task.targets or []:
                if target.get("Key") == "WindowTargetIds" and window_target_id in target.get(
                    "Values", []
                ):
                    raise TargetInUse(
                        f"Maintenance window target {window_target_id} is in use by "
                        f"task {task.window_task_id}"
                    )
    del window.targets[window_target_id]


def _deregister_target_response(self: Any) -> Any:
    self.ssm_backend.deregister_target_from_maintenance_window(
        self._get_param("WindowId"),
        self._get_param("WindowTargetId"),
        bool(self._get_param("Safe", False)),
    )
    return ssm_responses.EmptyResult()


def _update_target(self: Any, window_id: str, target_id: str, params: dict[str, Any]) -> Any:
    target = _find_target(self, window_id, target_id)
    replace = bool(params.get("Replace"))
    if replace and not params.get("Targets"):
        raise ValidationException("Targets must be specified when Replace is true.")
    for api_name, attr in TARGET_FIELDS.items():
        if params.get(api_name) is not None:
            setattr(target, attr, params[api_name])
        elif replace:
            setattr(target, attr, None)
    return target


def _update_target_response(self: Any) -> Any:
    params = json.loads(self.body or "{}")
    target = self.ssm_backend.update_maintenance_window_target(
        params["WindowId"], params["WindowTargetId"], params
    )
    view = target.to_json()
    view.pop("ResourceType")
    return ssm_responses.ActionResult(view)


# ---------------------------------------------------------------- tasks


def _task_to_json(self: Any) -> dict[str, Any]:
    # DescribeMaintenanceWindowTasks: the MaintenanceWindowTask shape calls the
    # task type "Type"; moto sent "TaskType", which the serializer dropped.
    return _task_view(self, "Type")


def _register_task(self: Any, window_id: str, params: dict[str, Any]) -> str:
    window = self.get_maintenance_window(window_id)
    task_type = params.get("TaskType")
    targets = params.get("Targets") or None
    _validate_task(
        task_type,
        targets,
        params.get("MaxConcurrency"),
        params.get("MaxErrors"),
        sent_concurrency=params.get("MaxConcurrency") is not None,
        sent_errors=params.get("MaxErrors") is not None,
    )
    task = FakeTask(
        window_id=window_id,
        targets=targets,
        task_arn=params.get("TaskArn"),
        service_role_arn=params.get("ServiceRoleArn"),
        task_type=task_type,
        task_parameters=params.get("TaskParameters"),
        task_invocation_parameters=_decode_blobs(params.get("TaskInvocationParameters")),
        priority=params.get("Priority"),
        max_concurrency=params.get("MaxConcurrency"),
        max_errors=params.get("MaxErrors"),
        logging_info=params.get("LoggingInfo"),
        name=params.get("Name"),
        description=params.get("Description"),
        cutoff_behavior=params.get("CutoffBehavior"),
        alarm_configurations=params.get("AlarmConfiguration"),
    )
    if not targets:
        # "For maintenance window tasks without a target specified ... the
        # system inserts a placeholder value of 1."
        task.max_concurrency = TARGETLESS_PLACEHOLDER
        task.max_errors = TARGETLESS_PLACEHOLDER
    window.tasks[task.window_task_id] = task
    return task.window_task_id


def _register_task_response(self: Any) -> Any:
    params = json.loads(self.body or "{}")

    def create() -> Any:
        task_id = self.ssm_backend.register_task_with_maintenance_window(params["WindowId"], params)
        return ssm_responses.ActionResult({"WindowTaskId": task_id})

    return _idempotent(self, "RegisterTaskWithMaintenanceWindow", "WindowTaskId", create)


def _get_task(self: Any, window_id: str, task_id: str) -> Any:
    return _find_task(self, window_id, task_id)


def _get_task_response(self: Any) -> Any:
    task = self.ssm_backend.get_maintenance_window_task(
        self._get_param("WindowId"), self._get_param("WindowTaskId")
    )
    return ssm_responses.ActionResult(_task_view(task, "TaskType"))


def _update_task(self: Any, window_id: str, task_id: str, params: dict[str, Any]) -> Any:
    task = _find_task(self, window_id, task_id)
    replace = bool(params.get("Replace"))
    if replace and not params.get("TaskArn"):
        raise ValidationException("TaskArn must be specified when Replace is true.")

    # Work on a copy so a failed validation leaves the task untouched.
    updated = copy.copy(task)
    for api_name, attr in TASK_FIELDS.items():
        value = params.get(api_name)
        if value is not None:
            if api_name == "TaskInvocationParameters":
                # A given TaskInvocationParameters replaces the old one whole
                # (AWS: "values you don't specify again are removed").
                value = _decode_blobs(value)
            setattr(updated, attr, copy.deepcopy(value))
        elif replace:
            setattr(updated, attr, None)
    if not updated.targets:
        updated.targets = None

    # For a targetless result only the values the caller *sent* are an
    # error; the stored placeholder "1"s are not.
    _validate_task(
        updated.task_type,
        updated.targets,
        updated.max_concurrency,
        updated.max_errors,
        sent_concurrency=params.get("MaxConcurrency") is not None,
        sent_errors=params.get("MaxErrors") is not None,
    )
    if updated.targets is None:
        updated.max_concurrency = TARGETLESS_PLACEHOLDER
        updated.max_errors = TARGETLESS_PLACEHOLDER

    task.__dict__.update(updated.__dict__)
    return task


def _update_task_response(self: Any) -> Any:
    params = json.loads(self.body or "{}")
    task = self.ssm_backend.update_maintenance_window_task(
        params["WindowId"], params["WindowTaskId"], params
    )
    view = _task_view(task, "TaskType")
    view.pop("TaskType")  # not part of UpdateMaintenanceWindowTaskResult
    return ssm_responses.ActionResult(view)


def _task_filter_match(filters: list[dict[str, Any]] | None, task: Any) -> bool:
    wanted = _filter_values(filters)
    actual = {
        "WindowTaskId": task.window_task_id,
        "TaskArn": task.task_arn,
        "Priority": task.priority,
        "TaskType": task.task_type,
    }
    return all(str(actual.get(key)) in values for key, values in wanted.items())


def _deregister_task(self: Any, window_id: str, window_task_id: str) -> None:
    window = self.get_maintenance_window(window_id)
    _find_task(self, window_id, window_task_id)
    del window.tasks[window_task_id]


_orig_delete_window = Backend.delete_maintenance_window


def _delete_window(self: Any, window_id: str) -> None:
    _orig_delete_window(self, window_id)
    # moto keeps the tags of deleted windows around.
    self._resource_tags.get("MaintenanceWindow", {}).pop(window_id, None)


# ---------------------------------------------------------------- pagination

# Page size when a Describe* call sends no MaxResults.  AWS does not document
# its default; 10 is the smallest MaxResults it accepts, so a client that
# does not follow NextToken is caught with only 11 objects.
DEFAULT_PAGE_SIZE = 10
MAX_RESULTS_RANGE = (10, 100)  # MaintenanceWindowMaxResults in the API model

# Creation order of windows/targets/tasks: pages are "the next N created
# after the last one returned", so a page boundary survives objects being
# added or deleted between two calls.
_creation = itertools.count()


def _stamp(obj: Any) -> None:
    obj._local_aws_order = next(_creation)


def _order(obj: Any) -> int:
    return getattr(obj, "_local_aws_order", -1)


def _encode_token(order: int) -> str:
    return base64.urlsafe_b64encode(f"local-aws:{order}".encode()).decode("ascii")


def _decode_token(token: Any) -> int:
    try:
        text = base64.urlsafe_b64decode(str(token).encode("ascii")).decode("ascii")
        prefix, _, number = text.partition(":")
        if prefix != "local-aws":
            raise ValueError(text)
        return int(number)
    except (ValueError, UnicodeError, binascii.Error) as error:
        raise InvalidNextToken() from error


def _max_results(value: Any) -> int:
    if value is None:
        return DEFAULT_PAGE_SIZE
    low, high = MAX_RESULTS_RANGE
    # AWS's wording for a violated model constraint.
    if int(value) < low:
        raise ValidationException(
            f"1 validation error detected: Value '{value}' at 'maxResults' failed to "
            f"satisfy constraint: Member must have value greater than or equal to {low}"
        )
    if int(value) > high:
        raise ValidationException(
            f"1 validation error detected: Value '{value}' at 'maxResults' failed to "
            f"satisfy constraint: Member must have value less than or equal to {high}"
        )
    return int(value)


def _page(response: Any, items: list[Any], key: str, view: Callable[[Any], dict[str, Any]]) -> Any:
    limit = _max_results(response._get_param("MaxResults"))
    token = response._get_param("NextToken")
    after = _decode_token(token) if token else None
    ordered = sorted(items, key=_order)
    remaining = [item for item in ordered if after is None or _order(item) > after]
    page = remaining[:limit]
    result: dict[str, Any] = {key: [view(item) for item in page]}
    if len(remaining) > limit:
        result["NextToken"] = _encode_token(_order(page[-1]))
    return ssm_responses.ActionResult(result)


def _describe_windows_response(self: Any) -> Any:
    windows = self.ssm_backend.describe_maintenance_windows(self._get_param("Filters", None))
    return _page(self, windows, "WindowIdentities", lambda w: w.to_json())


def _describe_targets_response(self: Any) -> Any:
    targets = self.ssm_backend.describe_maintenance_window_targets(
        self._get_param("WindowId"), self._get_param("Filters", [])
    )
    return _page(self, targets, "Targets", lambda t: t.to_json())


def _describe_tasks_response(self: Any) -> Any:
    tasks = self.ssm_backend.describe_maintenance_window_tasks(
        self._get_param("WindowId"), self._get_param("Filters", [])
    )
    return _page(self, tasks, "Tasks", lambda t: t.to_json())


# ---------------------------------------------------------------- idempotency


def _idempotent(response: Any, action: str, id_key: str, create: Callable[[], Any]) -> Any:
    """Run `create` once per ClientToken, as AWS does for Create*/Register*.

    The same token again with the same parameters answers the first call's
    id without creating anything; with other parameters it is AWS's
    IdempotentParameterMismatch.  Tokens live in the account/region backend
    (so /moto-api/reset forgets them) and are rebuilt by a journal replay.
    The message text is ours: AWS's exact wording is not documented.
    """
    params = json.loads(response.body or "{}")
    token = params.get("ClientToken")
    if not token:
        return create()
    backend = response.ssm_backend
    tokens: dict[tuple[str, str], tuple[str, str]] = backend.__dict__.setdefault(
        "_local_aws_client_tokens", {}
    )
    fingerprint = json.dumps(
        {key: value for key, value in params.items() if key != "ClientToken"}, sort_keys=True
    )
    known = tokens.get((action, token))
    if known is not None:
        if known[0] != fingerprint:
            raise IdempotentParameterMismatch(
                f"ClientToken {token} was already used for a {action} request with "
                "different parameters."
            )
        return ssm_responses.ActionResult({id_key: known[1]})
    result = create()
    tokens[(action, token)] = (fingerprint, result.result[id_key])
    return result


_orig_register_target_response = Response.register_target_with_maintenance_window


def _register_target_response(self: Any) -> Any:
    return _idempotent(
        self,
        "RegisterTargetWithMaintenanceWindow",
        "WindowTargetId",
        lambda: _orig_register_target_response(self),
    )


_orig_target_init = FakeTarget.__init__
_orig_task_init = FakeTask.__init__


def _target_init(self: Any, *args: Any, **kwargs: Any) -> None:
    _orig_target_init(self, *args, **kwargs)
    _stamp(self)


def _task_init(self: Any, *args: Any, **kwargs: Any) -> None:
    _orig_task_init(self, *args, **kwargs)
    _stamp(self)


# ---------------------------------------------------------------- state digest


def state_digest() -> str:
    """Every maintenance window, target, task, window tag and live ClientToken, as text.

    Dates are left out (they are new after a replay).  server.py compares
    this before and after compacting the journal.
    """
    state: list[Any] = []
    for account_id, regions in sorted(ssm_models.ssm_backends.items()):
        for region, backend in sorted(regions.items()):
            windows = getattr(backend, "windows", {})
            if not windows:
                continue
            live: set[str] = set()
            views = []
            for window_id in sorted(windows):
                window = windows[window_id]
                view = window.to_json()
                view.pop("CreatedDate", None)
                view.pop("ModifiedDate", None)
                live.add(window_id)
                live.update(window.targets)
                live.update(window.tasks)
                views.append(
                    {
                        "window": view,
                        "tags": backend._resource_tags.get("MaintenanceWindow", {}).get(window_id),
                        "targets": [window.targets[t].to_json() for t in sorted(window.targets)],
                        "tasks": [_task_view(window.tasks[t], "Type") for t in sorted(window.tasks)],
                    }
                )
            tokens = sorted(
                [list(key), value]
                for key, value in backend.__dict__.get("_local_aws_client_tokens", {}).items()
                if value[1] in live
            )
            state.append([account_id, region, views, tokens])
    return json.dumps(state, sort_keys=True, default=repr)


# ---------------------------------------------------------------- wiring


def apply() -> None:
    """Install every patch (idempotent)."""
    if getattr(Backend, "_local_aws_patched", False):
        return
    Backend._local_aws_patched = True

    FakeWindow.__init__ = _window_init
    FakeTarget.__init__ = _target_init
    FakeTask.__init__ = _task_init
    FakeWindow.to_json = _window_to_json
    FakeTarget.to_json = _target_to_json
    FakeTask.to_json = _task_to_json

    ssm_models._maintenance_window_target_filter_match = _target_filter_match
    ssm_models._maintenance_window_task_filter_match = _task_filter_match

    Backend.update_maintenance_window = _update_window
    Backend.deregister_target_from_maintenance_window = _deregister_target
    Backend.update_maintenance_window_target = _update_target
    Backend.register_task_with_maintenance_window = _register_task
    Backend.get_maintenance_window_task = _get_task
    Backend.update_maintenance_window_task = _update_task
    Backend.deregister_task_from_maintenance_window = _deregister_task
    Backend.delete_maintenance_window = _delete_window

    # moto dispatches an action to the response method named after it in
    # snake_case, so new actions only need a method of the right name.
    Response.create_maintenance_window = _create_window_response
    Response.update_maintenance_window = _update_window_response
    Response.deregister_target_from_maintenance_window = _deregister_target_response
    Response.update_maintenance_window_target = _update_target_response
    Response.register_task_with_maintenance_window = _register_task_response
    Response.get_maintenance_window_task = _get_task_response
    Response.update_maintenance_window_task = _update_task_response
    Response.register_target_with_maintenance_window = _register_target_response
    Response.describe_maintenance_windows = _describe_windows_response
    Response.describe_maintenance_window_targets = _describe_targets_response
    Response.describe_maintenance_window_tasks = _describe_tasks_response
