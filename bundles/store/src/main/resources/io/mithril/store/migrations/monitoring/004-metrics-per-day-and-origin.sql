-- Daily sums of the metric events per origin tag (mithril-origin-tag header, aggregator.md §1.5).
create view if not exists metrics_per_day_and_origin as
    select metric_date as date, action as counter_name, origin, sum(counter) as value
    from (
        select action,
               json_extract(content, '$.content.value') as counter,
               json_extract(content, '$.content.origin') as origin,
               date(json_extract(content, '$.content.date')) as metric_date
        from event
        where source = 'Metrics'
    )
    group by action, date, origin;
