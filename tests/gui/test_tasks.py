"""The task runner delivers on the GUI thread; the stall watch notices a blocked event loop."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from packstation.gui import tasks
from packstation.gui.stalls import StallWatch


@pytest.fixture
def runner_errors() -> list[BaseException]:
    return []


@pytest.fixture
def runner(runner_errors: list[BaseException]):  # type: ignore[no-untyped-def]
    task_runner = tasks.TaskRunner(runner_errors.append)
    yield task_runner
    task_runner.shutdown()


def test_callbacks_run_on_the_gui_thread(qtbot: QtBot, runner: tasks.TaskRunner) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[str, int]] = []

    def work() -> int:
        seen.append(("work", threading.get_ident()))
        return 41

    results: list[int] = []

    def done(value: int) -> None:
        seen.append(("done", threading.get_ident()))
        results.append(value + 1)

    runner.submit(tasks.ENGINE, work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert seen[0][1] != gui_thread
    assert seen[1] == ("done", gui_thread)


def test_errors_go_to_on_error_on_the_gui_thread(qtbot: QtBot, runner: tasks.TaskRunner):
    gui_thread = threading.get_ident()
    caught: list[tuple[str, int]] = []

    def fail() -> None:
        raise ValueError("bad weight")

    runner.submit(
        tasks.SCALE, fail, lambda _: None, lambda e: caught.append((str(e), threading.get_ident()))
    )
    qtbot.waitUntil(lambda: bool(caught))
    assert caught == [("bad weight", gui_thread)]


def test_errors_without_a_handler_are_reported_as_bugs(
    qtbot: QtBot, runner: tasks.TaskRunner, runner_errors: list[BaseException]
) -> None:
    def fail() -> None:
        raise RuntimeError("a bug")

    runner.submit(tasks.JOURNAL, fail, lambda _: None)
    qtbot.waitUntil(lambda: bool(runner_errors))
    assert isinstance(runner_errors[0], RuntimeError)


def test_a_stuck_printer_lane_does_not_block_the_engine_lane(
    qtbot: QtBot, runner: tasks.TaskRunner
) -> None:
    release = threading.Event()
    done: list[str] = []
    runner.submit(tasks.printer_lane("tcp://127.0.0.1:9100"), release.wait, done.append)
    runner.submit(tasks.ENGINE, lambda: "engine", done.append)
    qtbot.waitUntil(lambda: done == ["engine"])
    release.set()
    qtbot.waitUntil(lambda: done == ["engine", True])


def test_after_shutdown_nothing_is_delivered_or_accepted(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    runner = tasks.TaskRunner(errors.append)
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    runner.submit(tasks.ENGINE, slow, delivered.append)
    started.wait(5)
    release.set()
    runner.shutdown(wait=True)
    qtbot.wait(50)
    assert delivered == [] and errors == []
    with pytest.raises(RuntimeError):
        runner.submit(tasks.ENGINE, lambda: None, delivered.append)


def test_stall_watch_logs_a_blocked_event_loop(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    watch = StallWatch()
    watch.start()
    qtbot.wait(60)  # let the first ticks through
    with caplog.at_level(logging.WARNING, logger="packstation.gui.stalls"):
        time.sleep(0.3)  # hold the GUI thread the way a blocking call would
        qtbot.waitUntil(lambda: bool(watch.stalls_s))
    watch.stop()
    assert watch.stalls_s[0] > 0.1
    assert "event loop stalled" in caplog.text


def test_stall_watch_stays_quiet_when_the_loop_runs(qtbot: QtBot) -> None:
    ticks = iter([0.0, 0.025, 0.05, 0.075, 0.1])
    watch = StallWatch(monotonic=lambda: next(ticks))
    watch.start()
    for _ in range(4):
        watch.on_timer_timeout()
    assert watch.stalls_s == []
