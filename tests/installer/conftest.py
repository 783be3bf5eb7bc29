"""The bundle tests drive the frozen window in the same Xvfb server the end-to-end tests use."""

from tests.e2e.test_demo_window import display  # noqa: F401 - a fixture, shared not copied
