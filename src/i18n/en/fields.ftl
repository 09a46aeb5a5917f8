## A project's fields: the label (documents, the command line), `.short` where room is
## short (the interface's forms and menus), `.word` inside a sentence (errors in English name
## the code `set` takes instead: i18n::error::field_name)

field-name = Name
    .short = Name
    .word = name

field-name-ru = Name (Russian)
    .short = Name (Russian)
    .word = name_ru

field-country = Country
    .short = Country
    .word = country

field-region = Region
    .short = Region
    .word = region

field-sector = Sector
    .short = Sector
    .word = sector

field-status = Status
    .short = Status
    .word = status

field-investment = Investment (USD)
    .short = Investment (USD)
    .word = investment

field-jobs-planned = Jobs planned
    .short = Jobs planned
    .word = jobs_planned

field-jobs-created = Jobs created
    .short = Jobs created
    .word = jobs_created

field-partners = Partners
    .short = Partners
    .word = partners

field-started = Started
    .short = Started
    .word = started

field-completed = Completed
    .short = Completed
    .word = completed

field-description = Description
    .short = Description
    .word = description

field-source = Source
    .short = Source
    .word = source

field-status-source = Source of status
    .short = Source of status
    .word = status source

field-investment-source = Source of investment
    .short = Source of investment
    .word = investment source

field-jobs-planned-source = Source of jobs planned
    .short = Source of jobs planned
    .word = jobs planned source

field-jobs-created-source = Source of jobs created
    .short = Source of jobs created
    .word = jobs created source

field-latitude = Latitude
    .short = Latitude
    .word = latitude

field-longitude = Longitude
    .short = Longitude
    .word = longitude
