-- The event store (aggregator.md §10.3): content is {"content": ..., "headers": {...}}.
create table if not exists event (
    event_id    integer primary key asc autoincrement,
    created_at  text not null,
    source      text not null,
    action      text not null,
    content     text not null
);
