-- Daily sums of the metric events per client type (mithril-client-type header, aggregator.md §1.5).
create view if not exists metrics_per_day_and_client_type as
    select metric_date as date, action as counter_name, client_type, sum(counter) as value
    from (
        select action,
               json_extract(content, '$.content.value') as counter,
               json_extract(content, '$.content.client_type') as client_type,
               date(json_extract(content, '$.content.date')) as metric_date
        from event
        where source = 'Metrics'
    )
    group by action, date, client_type;
