#!/usr/bin/env bash
# Issue #17's budget, re-runnable: the time `npm test` spends on "today's tests", the test files
# that existed at <commit> (default 4e87ded, the last commit before the work on #17 began), run as
# they are in this checkout, with type-check and lint, in the projects they ran in then (unit,
# build, terraform, e2e; not the aws-6 and cdktn variants that #16 added). A file that is gone is
# replaced by the file its checks moved to (it may hold newer checks too, so this errs on the slow
# side); one without a successor is listed. Prints each phase's seconds. Reporting only.
set -euo pipefail
cd "$(dirname "$0")/.."
commit="${1:-4e87ded}"
# Where the checks of a file that is gone went: #17 batched every terraform validate into one root.
successor() {
  case "$1" in
    __tests__/terraform/docs-validate.test.ts | __tests__/terraform/example-app.test.ts | __tests__/terraform/hcl.test.ts | \
      __tests__/terraform/validate-corpus.test.ts | __tests__/terraform/window.test.ts) echo __tests__/terraform/validate.test.ts ;;
  esac
}
files=()
missing=()
while IFS= read -r f; do
  if [[ -f "$f" ]]; then
    files+=("$f")
  else
    next="$(successor "$f")"
    if [[ -n "$next" ]]; then
      [[ " ${files[*]} " == *" $next "* ]] || files+=("$next")
      echo "== $f: its checks are in $next now"
    else
      missing+=("$f")
    fi
  fi
done < <(git ls-tree -r --name-only "$commit" __tests__ | grep '\.test\.ts$')
echo "== ${#files[@]} test files for the ones of $commit; ${#missing[@]} gone without a successor: ${missing[*]:-none}"
t0=$(date +%s)
npm run --silent typecheck
npm run --silent lint
t1=$(date +%s)
npx jest --selectProjects unit build terraform e2e --runTestsByPath "${files[@]}"
t2=$(date +%s)
echo "== type-check + lint: $((t1 - t0)) s; jest over the ${#files[@]} files: $((t2 - t1)) s; total: $((t2 - t0)) s"
