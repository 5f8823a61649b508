"""Extraction on a Dask cluster, for archives too big for one machine.

The client reads the inputs and sends batches of articles to the workers; each worker loads
the spaCy pipeline once (it is cached per process), extracts events and returns the batch as an
N-Triples shard (`pipeline.Shard`). The client writes the shards into the store (embedded or
remote) in input order, one transaction each, exactly as a local ingest writes its batches,
so both paths leave the same triples. At most two batches per worker are in flight, so the
client's memory stays bounded however long the input is.

On a real cluster:

    dask scheduler                                  # on one machine
    dask worker tcp://scheduler:8786 --nthreads 1   # on each worker, with geokg installed
    geokg ingest archive/ --dask tcp://scheduler:8786

Workers need geokg and its spaCy model installed, not the input files or the store.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from geokg.errors import LoadFailure
from geokg.loaders.articles import Article
from geokg.options import ExtractOptions, IngestOptions
from geokg.pipeline import Shard, extract_articles, make_shard


def extract_shard(articles: list[Article], options: ExtractOptions) -> Shard:
    """Runs on a worker: one batch of articles to one shard."""
    errors: list[LoadFailure] = []
    shard = make_shard(list(extract_articles(articles, errors.append, options)))
    shard.errors = errors
    return shard


def connect(address: str, workers: int = 2):
    """A client for the scheduler at `address`, or for a new local cluster when it is
    "local" (`workers` processes, one thread each: spaCy parsing holds the GIL)."""
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # any free loopback port, nothing exposed
        )
        return Client(cluster)
    return Client(address)


def shards_on_dask(
    items: Iterable[Article | LoadFailure], options: IngestOptions
) -> Iterator[Shard | LoadFailure]:
    """Shards in input order, extracted on the cluster at `options.dask`; inputs that could
    not be read come through as `LoadFailure`s."""
    assert options.dask is not None
    client = connect(options.dask, options.workers)
    try:
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        pending: deque = deque()
        inputs = iter(items)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                batch: list[Article] = []
                for item in inputs:
                    if isinstance(item, LoadFailure):
                        yield item
                        continue
                    batch.append(item)
                    if len(batch) == options.batch_articles:
                        break
                else:
                    exhausted = True
                if batch:
                    pending.append(client.submit(extract_shard, batch, options, pure=False))
            if not pending:
                return
            yield pending.popleft().result()
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()
