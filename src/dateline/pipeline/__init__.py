"""Stages, their data contracts, and the Pipeline that runs them; see ``docs/architecture.md``."""

from dateline.pipeline.data import STRUCTURE_FIELDS, Work
from dateline.pipeline.plan import plan
from dateline.pipeline.registry import REGISTRY, StageRegistry, register_stage
from dateline.pipeline.runner import DEFAULT_STAGES, STRUCTURE, Pipeline
from dateline.pipeline.settings import DEFAULT_MODEL, MODEL_VARIABLE, Settings, model_name
from dateline.pipeline.shared import shared_resource
from dateline.pipeline.contract import Stage, StageFunction, stage

__all__ = [
    "DEFAULT_MODEL", "DEFAULT_STAGES", "MODEL_VARIABLE", "REGISTRY", "STRUCTURE", "STRUCTURE_FIELDS", "Pipeline",
    "Settings", "Stage", "StageFunction", "StageRegistry", "Work", "model_name", "plan", "register_stage",
    "shared_resource", "stage",
]  # fmt: skip
