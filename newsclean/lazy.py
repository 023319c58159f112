"""A per-instance cached attribute without functools.cached_property's lock.

On Python 3.11, cached_property takes a lock (one for all instances) on every first
read. Documents and filter contexts are made and read thousands of times per
second, so their derived views use this plain descriptor instead: computed on the
first read, then stored in the instance's __dict__ where later reads find it.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar, overload

T = TypeVar("T")


class cached_view(Generic[T]):
    """Like functools.cached_property (same storage, so frozen dataclasses work), unlocked:
    two threads reading the same view at once may both compute it, and one value wins."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> cached_view[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | cached_view[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value
