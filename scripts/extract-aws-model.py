#!/usr/bin/env python3
"""Extracts the SSM API shapes our validation rules use from botocore's service model.

The npm AWS SDKs strip patterns and limits from their models; botocore keeps them. This writes a
small, reviewable JSON extract (lib/core/aws-model.json) that a jest test compares with the
rules in lib/task/validation/field-constraints.ts, and, where botocore is installed, with the live model.

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
KEYS = ("type", "pattern", "min", "max", "enum", "sensitive")
OUT = os.path.join(os.path.dirname(__file__), "..", "lib", "core", "aws-model.json")


def extract():
    session = botocore.session.get_session()
    model = session.get_service_model("ssm")
    shapes = {}
    for name in SHAPES:
        shape = model.shape_for(name)
        entry = {"type": shape.type_name}
        for key in KEYS[1:]:
            if key in shape.metadata:
                entry[key] = shape.metadata[key]
        shapes[name] = entry
    return {
        "source": "botocore %s, ssm %s" % (botocore.__version__, model.api_version),
        "shapes": shapes,
    }


def main():
    text = json.dumps(extract(), indent=2, sort_keys=True) + "\n"
    if "--check" in sys.argv:
        with open(OUT) as f:
            current = json.load(f)
        fresh = json.loads(text)
        if current["shapes"] != fresh["shapes"]:
            print("aws-model.json differs from the live botocore model; rerun scripts/extract-aws-model.py")
            sys.exit(1)
        print("aws-model.json matches " + fresh["source"])
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote " + os.path.relpath(OUT))


if __name__ == "__main__":
    main()
