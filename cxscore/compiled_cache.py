"""A fitted model keeps its fast inference form beside it: built on first use, never pickled."""

from __future__ import annotations

from typing import Any


class CompiledOnce:
    """Mixin for fitted models with a compiled form (see cxscore.inference)."""

    def _compile(self) -> Any:
        raise NotImplementedError

    def compiled(self) -> Any:
        """The fast inference form of this model (built on first use, never pickled)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compile()
            self.__dict__["_compiled"] = compiled
        return compiled

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_compiled", None)
        return state
