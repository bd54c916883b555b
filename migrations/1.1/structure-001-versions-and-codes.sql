--liquibase formatted sql

--changeset pimento:1.1-structure-versions-and-codes
-- Locales and currencies get a version like every other structure resource (ETag, If-Match).
alter table locale add column version integer not null default 0;
alter table currency add column version integer not null default 0;

-- Codes are unique regardless of case, as in Akeneo: 'Shoes' and 'shoes' cannot both exist.
create unique index locale_code_lower_uk on locale (lower(code));
create unique index currency_code_lower_uk on currency (lower(code));
create unique index category_code_lower_uk on category (lower(code));
create unique index channel_code_lower_uk on channel (lower(code));
create unique index attribute_group_code_lower_uk on attribute_group (lower(code));
create unique index attribute_code_lower_uk on attribute (lower(code));
create unique index attribute_option_code_lower_uk on attribute_option (attribute, lower(code));
create unique index family_code_lower_uk on family (lower(code));
create unique index family_variant_code_lower_uk on family_variant (lower(code));
create unique index association_type_code_lower_uk on association_type (lower(code));
create unique index product_group_code_lower_uk on product_group (lower(code));

-- Lookups made when checking whether something is still in use before deleting it.
create index attribute_group_idx on attribute (attribute_group);
create index family_variant_family_idx on family_variant (family);
create index product_model_family_variant_idx on product_model (family_variant);
