-- Stake share per signer node version and epoch, from 'register_signer' events (operators use it to plan era changes).
create view signer_registration_summary as
with signer_version as (
    select json_extract(content, '$.content.party_id') as party_id,
           json_extract(content, '$.headers.signer-node-version') as node_version,
           json_extract(content, '$.headers.epoch') as epoch,
           json_extract(content, '$.content.stake') as stakes
    from event
    where action = 'register_signer'
    order by created_at desc
),
stakes_version as (
    select party_id,
           case when instr(node_version, '+') > 0
                then substr(node_version, 0, instr(node_version, '+'))
                else node_version
           end as version,
           stakes,
           cast(epoch as int) as epoch
    from signer_version
    group by party_id, epoch
),
summed_stakes_version as (
    select epoch,
           version,
           party_id,
           sum(stakes) over (partition by epoch) as total_epoch_stakes,
           sum(stakes) over (partition by epoch, version) as stakes_version
    from stakes_version
    order by epoch desc
)
select epoch,
       version,
       total_epoch_stakes,
       stakes_version,
       printf('%02d %%', round((stakes_version * 100) / (total_epoch_stakes * 1.0))) as stakes_ratio,
       count(party_id) as pool_count
from summed_stakes_version
group by epoch, version
order by epoch desc, version desc;
