"""Wire models build their validators on first use, or all at once from a worker thread.

Each check runs in a fresh interpreter: the test process has used (and so built) the models
already.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.fresh_python import output_lines


def _run(code: str) -> dict[str, object]:
    """Run ``code`` in a new interpreter; it prints one JSON object as its last line."""
    result: dict[str, object] = json.loads(output_lines(code)[-1])
    return result


_ALL_MODELS = """
import json
import packstation.pro.models as m

def every_model():
    found, pending = [], list(m.WireModel.__subclasses__())
    while pending:
        model = pending.pop(0)
        pending.extend(model.__subclasses__())
        found.append(model)
    return found
"""


def test_importing_the_models_builds_none_and_build_wire_models_builds_each_once() -> None:
    result = _run(
        _ALL_MODELS
        + """
models = every_model()
built_at_import = [c.__name__ for c in models if c.__pydantic_complete__]
first = m.build_wire_models()
second = m.build_wire_models()
left = [c.__name__ for c in models if not c.__pydantic_complete__]
print(json.dumps({"count": len(models), "at_import": built_at_import, "first": first,
                  "second": second, "left": left}))
"""
    )
    assert isinstance(result["count"], int) and result["count"] > 50
    assert result["at_import"] == []
    assert result["first"] == result["count"]
    assert result["second"] == 0
    assert result["left"] == []


def test_a_model_first_used_from_many_threads_at_once_reads_the_same(examples_dir: Path) -> None:
    answer = (examples_dir / "12_get_consignment_response.json").read_text(encoding="utf-8")
    result = _run(
        f"""
import json, threading
from concurrent.futures import ThreadPoolExecutor
import packstation.pro.models as m

answer = {answer!r}
start = threading.Barrier(8)

def read(_):
    start.wait()
    consignment = m.Consignment.model_validate_json(answer)
    return json.dumps(m.to_wire(consignment), sort_keys=True)

with ThreadPoolExecutor(8) as pool:
    readings = list(pool.map(read, range(8)))
first = json.loads(readings[0])
print(json.dumps({{"distinct": len(set(readings)), "reference": first.get("Reference")}}))
"""
    )
    assert result["distinct"] == 1
    expected = json.loads(answer).get("Reference")
    assert result["reference"] == expected


def test_a_model_built_ahead_reads_an_answer_as_one_built_on_first_use(
    examples_dir: Path,
) -> None:
    answer = (examples_dir / "12_get_consignment_response.json").read_text(encoding="utf-8")
    code = f"""
import json, sys
import packstation.pro.models as m
if sys.argv[1] == "ahead":
    m.build_wire_models()
consignment = m.Consignment.model_validate_json({answer!r})
print(json.dumps({{"wire": m.to_wire(consignment)}}))
"""
    outputs = []
    for mode in ("ahead", "on-first-use"):
        outputs.append(json.loads(output_lines(code, mode)[-1]))
    assert outputs[0] == outputs[1]
    assert outputs[0]["wire"]
