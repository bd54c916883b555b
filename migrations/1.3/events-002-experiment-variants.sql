--liquibase formatted sql

--changeset pimento:1.3-experiment-variants
-- A placement experiment may also test a second ranking against the learned one: the share of
-- visitors after the holdout's that gets it, and which ranking (io.pimento.ranking.Scoring).
alter table placement_experiment
    add column variant_share   numeric(4,3) not null default 0 check (variant_share >= 0 and variant_share <= 1),
    add column variant_ranking varchar(20),
    add constraint placement_experiment_shares check (holdout + variant_share <= 1),
    add constraint placement_experiment_variant check ((variant_share = 0) = (variant_ranking is null));
