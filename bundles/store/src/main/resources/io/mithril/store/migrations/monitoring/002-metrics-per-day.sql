-- Daily sums of the usage-report metric events (aggregator.md §9: content {name, value, period, origin, client_type, date}).
create view if not exists metrics_per_day as
    select metric_date as date, action as counter_name, sum(counter) as value
    from (
        select action,
               json_extract(content, '$.content.value') as counter,
               date(json_extract(content, '$.content.date')) as metric_date
        from event
        where source = 'Metrics'
    )
    group by action, date;
create index metric_date_index on event (date(json_extract(content, '$.content.date')));
