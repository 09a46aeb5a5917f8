# ortaq, English. Every message here is in ru.ftl too, with the same variables.
# Counts are numbers ($count): they choose the plural form and are shown with digit groups.

## Plurals
count-projects = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}

## Statuses (codes stay English in every language)
status-proposed = proposed
status-agreed = agreed
status-construction = construction
status-operating = operating
status-suspended = suspended
status-cancelled = cancelled

## Countries
country-kz = Kazakhstan
country-uz = Uzbekistan
country-both = Kazakhstan and Uzbekistan

## Reported figures
metric-projects = Projects
metric-investment = Investment
metric-jobs = Jobs (kind not recorded)
metric-jobs-created = Jobs created
metric-jobs-planned = Jobs planned
metric-trade-contracts = Trade contracts
metric-trade-contracts-value = Trade contracts, value

## How a text gives a figure (exact says nothing)
qualified-over = over { $value }
qualified-at-least = at least { $value }
qualified-about = about { $value }
qualified-up-to = up to { $value }
qualifier-over = over
qualifier-at-least = at least
qualifier-about = about
qualifier-up-to = up to

## Scopes of reported figures ortaq knows (others are shown as stored)
scope-portfolio = portfolio
scope-implemented = implemented
scope-promising = promising
scope-in-preparation = in preparation
scope-planned-in-kz = planned in Kazakhstan
scope-implemented-in-kz = implemented in Kazakhstan
scope-implemented-in-uz = implemented in Uzbekistan

## Dates as a source gives them ($year is written as is, never with digit groups)
date-season = { $season ->
    [spring] spring
    [summer] summer
    [autumn] autumn
   *[winter] winter
} { $year }
date-third = { $part ->
    [early] early
    [mid] mid
   *[late] late
} { $year }
# The same after "not before", "not after" and "about" (Russian puts them in the genitive).
date-season-of = { $season ->
    [spring] spring
    [summer] summer
    [autumn] autumn
   *[winter] winter
} { $year }
date-third-of = { $part ->
    [early] early
    [mid] mid
   *[late] late
} { $year }
date-half-of = H{ $half } { $year }
date-quarter = Q{ $quarter } { $year }
date-half = H{ $half } { $year }
date-not-before = not before { $date }
date-not-after = not after { $date }
date-between = { $start } – { $end }
date-approximate = about { $date }
date-uncertain = { $date }?

## Sectors: stored as the code, shown as the label
sector-agriculture = agriculture
sector-automotive = automotive
sector-chemicals = chemicals
sector-construction-materials = construction materials
sector-electrical = electrical
sector-energy = energy
sector-food = food
sector-household-appliances = household appliances
sector-industrial-zone = industrial zone
sector-logistics = logistics
sector-machinery = machinery
sector-metallurgy = metallurgy
sector-mining = mining
sector-pharmaceuticals = pharmaceuticals
sector-textiles = textiles
sector-trade = trade
sector-transport = transport

## A latitude or longitude the sources give only roughly
core-coordinate-approximate = ≈ { $value } (approximate)
