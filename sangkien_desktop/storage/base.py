"""The declarative base every table model derives from (``models.py`` and its companions)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


# SQLite's integers are 64-bit; a server's INTEGER is not (money in đồng passes 2^31): the
# server's columns are BIGINT (storage/server_schema.py) and values are sent as such.
BigInt = BigInteger().with_variant(Integer(), "sqlite")
