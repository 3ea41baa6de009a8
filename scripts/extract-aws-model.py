#!/usr/bin/env python3
"""Extracts the SSM API shapes our validation rules use from botocore's service model.

The npm AWS SDKs strip patterns and limits from their models; botocore keeps them. This writes the
library's one small, reviewable JSON extract (lib/core/aws-model.json):

  shapes         the shapes the task's rules use (and the window's, where they are the same shapes);
                 __tests__/validation/aws-model-conformance.test.ts compares them with
                 lib/task/validation/field-constraints.ts
  windowShapes   the shapes only the maintenance window and its targets use; lib/window reads its
                 limits from them (lib/core/aws-model.ts), __tests__/window/aws-model.test.ts checks
  requests       the members (and required members) of the window's two API requests

and, where botocore is installed, --check compares all three with the live model.

Usage: python3 scripts/extract-aws-model.py [--check]   (--check: exit 1 if the file would change)
"""
import json
import os
import sys

import botocore.session

SHAPES = [
    "MaintenanceWindowId", "MaintenanceWindowTaskArn", "MaintenanceWindowTaskType", "MaintenanceWindowTaskPriority",
    "MaxConcurrency", "MaxErrors", "MaintenanceWindowName", "MaintenanceWindowDescription",
    "MaintenanceWindowTaskCutoffBehavior", "Targets", "TargetKey", "TargetValues", "Comment",
    "CloudWatchLogGroupName", "DocumentHash", "DocumentHashType", "DocumentVersion", "NotificationEvent",
    "NotificationType", "S3BucketName", "S3KeyPrefix", "S3Region", "TimeoutSeconds", "AutomationParameterMap",
    "AutomationParameterKey", "AutomationParameterValueList", "AutomationParameterValue",
    "MaintenanceWindowLambdaClientContext", "MaintenanceWindowLambdaPayload", "MaintenanceWindowLambdaQualifier",
    "MaintenanceWindowStepFunctionsInput", "MaintenanceWindowStepFunctionsName",
    "MaintenanceWindowTaskParameterName", "MaintenanceWindowTaskParameterValue",
    # Used by cross-field rules (lib/core/aws-patterns.ts):
    "InstanceId", "MaintenanceWindowTargetId", "DocumentName", "DocumentARN",
]
# Used only by the maintenance window and its targets (lib/window/field-constraints.ts, rules/):
WINDOW_SHAPES = [
    "MaintenanceWindowSchedule", "MaintenanceWindowTimezone", "MaintenanceWindowOffset",
    "MaintenanceWindowDurationHours", "MaintenanceWindowCutoff", "MaintenanceWindowStringDateTime",
    "TagList", "TagKey", "TagValue", "MaintenanceWindowResourceType", "OwnerInformation",
]
REQUESTS = ["CreateMaintenanceWindowRequest", "RegisterTargetWithMaintenanceWindowRequest"]
KEYS = ("type", "pattern", "min", "max", "enum", "sensitive")
OUT = os.path.join(os.path.dirname(__file__), "..", "lib", "core", "aws-model.json")


def shape_entries(model, names):
    shapes = {}
    for name in names:
        shape = model.shape_for(name)
        entry = {"type": shape.type_name}
        for key in KEYS[1:]:
            if key in shape.metadata:
                entry[key] = shape.metadata[key]
        shapes[name] = entry
    return shapes


def request_entries(model):
    requests = {}
    for name in REQUESTS:
        shape = model.shape_for(name)
        # ClientToken is an idempotency token the SDK fills in; no prop carries it.
        members = {k: v.name for k, v in shape.members.items() if k != "ClientToken"}
        requests[name] = {"members": members, "required": list(shape.required_members)}
    return requests


def extract():
    session = botocore.session.get_session()
    model = session.get_service_model("ssm")
    shared = set(SHAPES) & set(WINDOW_SHAPES)
    if shared:
        raise SystemExit("listed in both SHAPES and WINDOW_SHAPES: %s" % ", ".join(sorted(shared)))
    return {
        "source": "botocore %s, ssm %s" % (botocore.__version__, model.api_version),
        "shapes": shape_entries(model, SHAPES),
        "windowShapes": shape_entries(model, WINDOW_SHAPES),
        "requests": request_entries(model),
    }


def main():
    text = json.dumps(extract(), indent=2, sort_keys=True) + "\n"
    if "--check" in sys.argv:
        with open(OUT) as f:
            current = json.load(f)
        fresh = json.loads(text)
        stale = [k for k in ("shapes", "windowShapes", "requests") if current.get(k) != fresh[k]]
        if stale:
            print("aws-model.json (%s) differs from the live botocore model; rerun scripts/extract-aws-model.py" % ", ".join(stale))
            sys.exit(1)
        print("aws-model.json matches " + fresh["source"])
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote " + os.path.relpath(OUT))


if __name__ == "__main__":
    main()
