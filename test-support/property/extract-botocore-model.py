#!/usr/bin/env python3
"""Writes the whole RegisterTaskWithMaintenanceWindow request shape tree from botocore's SSM model.

The property tests' API oracle (test-support/property/botocore-oracle.ts) walks this tree: member
names, required members, types, lengths, patterns, enums and ranges come from AWS's model, not from
the library's own tables (lib/validation/field-constraints.ts) or its extract (which holds only the
shapes the library chose to check).

Usage: python3 test-support/property/extract-botocore-model.py [--check]
  --check: exit 1 when the committed snapshot differs from the installed botocore's model.
"""
import json
import os
import sys

import botocore
import botocore.session

OPERATION = "RegisterTaskWithMaintenanceWindow"
KEYS = ("pattern", "min", "max", "enum", "sensitive")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "botocore-register-task.json")


def extract():
    model = botocore.session.get_session().get_service_model("ssm")
    shapes = {}

    def walk(shape):
        if shape.name in shapes:
            return
        entry = {"type": shape.type_name}
        for key in KEYS:
            if key in shape.metadata:
                entry[key] = shape.metadata[key]
        shapes[shape.name] = entry
        if shape.type_name == "structure":
            entry["members"] = {name: member.name for name, member in shape.members.items()}
            entry["required"] = list(shape.required_members)
            for member in shape.members.values():
                walk(member)
        elif shape.type_name == "list":
            entry["member"] = shape.member.name
            walk(shape.member)
        elif shape.type_name == "map":
            entry["key"] = shape.key.name
            entry["value"] = shape.value.name
            walk(shape.key)
            walk(shape.value)

    input_shape = model.operation_model(OPERATION).input_shape
    walk(input_shape)
    return {
        "source": "botocore %s, ssm %s, %s" % (botocore.__version__, model.api_version, OPERATION),
        "input": input_shape.name,
        "shapes": dict(sorted(shapes.items())),
    }


def main():
    fresh = extract()
    if "--check" in sys.argv:
        with open(OUT) as f:
            current = json.load(f)
        if current["shapes"] != fresh["shapes"] or current["input"] != fresh["input"]:
            print("botocore-register-task.json differs from " + fresh["source"] + "; rerun this script")
            sys.exit(1)
        print("botocore-register-task.json matches " + fresh["source"])
        return
    with open(OUT, "w") as f:
        f.write(json.dumps(fresh, indent=2) + "\n")
    print("wrote " + os.path.relpath(OUT))


if __name__ == "__main__":
    main()
