"""A package merge stopped before its commit (an error, or Cancel in the window, which closes
the generator) leaves the data and the attachment store exactly as they were."""

from __future__ import annotations

import pytest

from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.exchange import package_import, package_merge
from tests.core.test_exchange_package import snapshot
from tests.core.test_received import sent, upper  # noqa: F401 (fixtures)


@pytest.mark.parametrize("stage", ["dossiers", "decisions", "documents"])
def test_a_merge_closed_before_its_commit_leaves_nothing(sent, upper, stage):  # noqa: F811
    out = sent[0]
    store = upper.layout.attachments
    before = snapshot(upper)
    with upper.db.session() as s:
        plan = package_import.inspect_package(s, out, store)
        steps = package_merge.iter_apply_plan(s, plan, store)
        for step in steps:
            if step.stage == stage:
                break
        assert any(store.rglob("*"))  # attachments were already copied in
        steps.close()
    assert snapshot(upper) == before
    # and the package still imports in full afterwards
    report = unit_of_work.run(upper, package_merge.import_package, out, store)
    assert report.added and snapshot(upper) != before
