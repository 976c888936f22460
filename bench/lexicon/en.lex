# English lexicon for bench/gen_corpus: news and report prose about budgets,
# health, extremism research, elections and climate, with a figure in most
# sentences. Format: see bench/lexicon.h. Sections named fig_* are figures
# and are counted as planted; titles, nav and footer plant none on purpose.

[sentence]
# About half the sentences carry no figure, as in real reporting; the rest
# carry one to three, so the average is a figure every one or two sentences.
100* {plain_sentence}
{org} said the deficit reached {fig_money} in {fig_date}, up {fig_pct} from a year earlier.
Spending on {budget_item} rose by {fig_pct} to {fig_money}, {report_ref} showed.
The government plans to spend {fig_money} on {budget_item} over the next {fig_duration}.
Officials expect the shortfall to narrow to {fig_money} by {fig_future_year}, a forecast {org} called optimistic.
The {budget_body} approved {fig_money} for {budget_item}, {qual_less} the {fig_money} ministers had requested.
Debt interest alone will cost {fig_money} this year, equal to {fig_pct} of all tax receipts.
{fig_count_people} were admitted to hospital with {disease} in {fig_date}, {org} reported.
Waiting lists grew to {fig_count_big} in {place}, the longest since records began in {fig_past_year}.
Vaccination coverage among {people} fell to {fig_pct}, the lowest level since {fig_past_year}.
The outbreak has killed {fig_count_people} and infected {fig_count_big} since {fig_date}.
Each course of treatment costs {fig_money}, and {fig_pct} of {people} cannot afford it.
{org} identified {fig_count_accounts} that shared propaganda from {group} between {fig_date} and {fig_date}.
Of those, {fig_pct} of the {nodes} were linked to supporters in {place}.
The network reached {fig_count_accounts} in {fig_count_countries}, the analysis found.
Researchers found that {fig_pct} of the {things} remained online {fig_duration} after they were reported.
Roughly {fig_pct_plain} of the {nodes} the team mapped had been active for {fig_duration} or longer.
The platform removed {fig_count_accounts} in {fig_date}, yet {fig_count_accounts} reappeared within days.
Turnout was {fig_pct}, with {fig_count_voters} casting ballots across {fig_count_seats}.
{candidate} won {fig_pct} of the vote, ahead of {candidate} on {fig_pct}.
Campaign spending topped {fig_money}, {org} said in {report_ref}.
Postal ballots made up {fig_pct_plain} of all votes cast in {place}, against {fig_pct_plain} in {fig_past_year}.
{fig_count_voters} registered in the final week before the deadline on {fig_day}.
Average temperatures in {place} rose by {fig_measure_temp} between {fig_past_year} and {fig_past_year}.
Emissions fell {fig_pct_plain} to {fig_measure_co2} in {fig_past_year}, {org} estimated.
Flooding displaced {fig_count_people} and caused damage estimated at {fig_money}.
Sea levels along the coast have risen {fig_measure_length} since {fig_past_year}, and {fig_count_people} live in areas at risk.
The wildfires burned {fig_measure_area} in {fig_duration}, destroying {fig_count_homes}.
The region received {fig_measure_rain} of rain in {fig_date}, {fig_pct} above the long-term average.
The project will cost {fig_money} and is expected to cut emissions by {fig_measure_co2} a year.

[plain_sentence]
{org} did not respond to a request for comment.
The findings have not been independently verified.
Critics say the approach leaves important questions unanswered.
The report calls for closer cooperation between governments and technology companies.
Ministers have promised to publish a full response later this year.
Local officials said the numbers matched what they were seeing on the ground.
{person} said the government had been warned repeatedly about the problem.
The company said it had invested heavily in detection tools and would keep working with {org}.
Opposition lawmakers called for an independent inquiry.
The analysis relied on publicly available data and interviews with officials in {place}.
Several of the {nodes} were linked to one another through shared friends and reposted content.
The data suggest that the trend has accelerated since the pandemic.
Economists cautioned that the estimates depend heavily on assumptions about growth.
Health workers in {place} described overcrowded wards and staff shortages.
Election observers said voting was largely peaceful despite long queues.
Scientists say the pattern is consistent with a warming climate.
The researchers shared their findings with the platform before publication.
It is not clear how many of the accounts were run by the same people.
The ministry said the comparison with earlier years was misleading.
Campaigners welcomed the decision but said it came too late.
{org} has published similar reports in previous years.
The government disputes the methodology used in the study.
Residents said the cost of living had become their main concern.

[article_sentence]
3* {plain_sentence}
According to {org}, {fig_count_people} were affected, {qual_more} the {fig_count_exact} counted in {fig_past_year}.
"{quote_figure_sentence}" {person} told {publisher}.
{person}, a spokesperson for {org}, said {fig_pct} of {people} had been contacted by {fig_date}.
The figure is {qual_more} double the {fig_count_exact} reported by {org} in {fig_past_year}.
In a statement, {org} put the total at {fig_money}, while {org} estimated {fig_money}.
A study published in {fig_date} by {org} found that {fig_pct} of {people} in {place} {outcome}.

[source_sentence]
3* {plain_sentence}
We identified {fig_count_accounts} across {fig_count_countries} during the study period.
Table {N:1-14} shows that {fig_pct} of respondents {outcome}, compared with {fig_pct} in the previous wave.
Our sample comprised {fig_count_people}, interviewed between {fig_date} and {fig_date}.
Figure {N:1-9} summarises spending of {fig_money} across {fig_count_countries}.
The margin of error is plus or minus {fig_pct_plain}.
Of the {fig_count_accounts} reviewed, {fig_count_accounts} were still active at the end of {fig_past_year}.

[quote_figure_sentence]
We counted {fig_count_accounts} in a single week
Nearly half of the budget, about {fig_money}, has not been spent
More than {N:2-9} in 10 families we spoke to had skipped meals
This is the hottest year we have measured since {fig_past_year}

[fig_count_people]
{N:2-99} {people}
{N:100-999} {people}
{N:1000-99999:,} {people}
{qual} {N:1000-99999:,} {people}
{qual} {N:2-900} {people}
{N:2-9}.{N:1-9} million {people}
{qual} {N:2-9} million {people}
{vague_count} {people}
between {N:100-400} and {N:500-900} {people}
{number_word} {people}

[fig_count_big]
{N:100000-999999:,} {people}
{qual} {N:100000-999999:,} {people}
{N:1-9}.{N:1-9} million {people}
{qual} {N:2-90} million {people}

[fig_count_accounts]
{N:2-999} {accounts}
{N:1000-9999:,} {accounts}
{qual} {N:1000-99999:,} {accounts}
{qual} {N:100-999} {accounts}
{vague_count} {accounts}
{number_word} {accounts}

[fig_count_countries]
{N:2-95} countries
{qual} {N:10-60} countries
{number_word} countries
{N:3-40} regions

[fig_count_voters]
{N:10000-999999:,} voters
{N:1-39}.{N:1-9} million voters
{qual} {N:2-30} million voters
{qual} {N:100000-900000:,} people

[fig_count_seats]
{N:100-650} constituencies
{N:20-400} districts
{N:1000-40000:,} polling stations

[fig_count_homes]
{N:20-999} homes
{N:1000-9999:,} buildings
{qual} {N:100-999} houses

[fig_pct]
{N:1-99} percent
{N:1-99}.{N:1-9} percent
{N:1-99}%
{N:1-99}.{N:1-9}%
{qual} {N:2-99} percent
{qual} {N:2-99}%
{N:1-9}.{N:1-9} percentage points
{fraction}
one in {N:3-9}
between {N:10-40} and {N:41-80} percent

[fig_pct_plain]
{N:1-99} percent
{N:1-9}.{N:1-9} percent
{N:2-60}%

[fig_money]
${N:1-999}.{N:1-9} million
${N:1-99} billion
${N:1-9}.{N:1-9} billion
€{N:1-999} million
€{N:1-9}.{N:1-9} billion
£{N:1-999}.{N:1-9} million
£{N:1-99} billion
£{N:100-999}m
${N:2-9}bn
${N:1000-999999:,}
£{N:1000-99999:,}
{qual} ${N:1-99} million
{qual} €{N:2-900} million
{qual} £{N:1-9}.{N:1-9} billion
{N:1-999} million euros
{N:2-99} million dollars
US${N:1-9}.{N:1-9} billion
between ${N:1-4} billion and ${N:5-9} billion

[fig_measure_temp]
{N:1-3}.{N:1-9} degrees Celsius
{N:1-4}.{N:1-9}C
{qual} {N:1-3} degrees
{N:1-5}.{N:1-9} degrees Fahrenheit

[fig_measure_co2]
{N:1-999} million tonnes of carbon dioxide
{N:1000-99999:,} tonnes of CO2
{qual} {N:2-50} gigatonnes

[fig_measure_length]
{N:2-30} centimetres
{N:1-12} inches
{qual} {N:5-30} cm

[fig_measure_area]
{N:1000-999999:,} hectares
{N:100-9999:,} square kilometres
{qual} {N:2-900} square miles
{N:1000-99999:,} acres

[fig_measure_rain]
{N:20-400} millimetres
{N:1-15} inches
{qual} {N:50-300} mm

[fig_date]
{month} {N:1-28}, {N:2014-2024}
{N:1-28} {month} {N:2014-2024}
{month} {N:2014-2024}
{N:2014-2024}
the first quarter of {N:2015-2024}
early {N:2015-2024}
{N:2014-2024}-{N:10-12}-{N:10-28}

[fig_past_year]
{N:1990-2023}

[fig_future_year]
{N:2025-2050}

[fig_day]
{month} {N:1-28}, {N:2014-2024}
{N:1-28} {month} {N:2014-2024}

[fig_count_exact]
{N:2-999} {people}
{N:1000-99999:,} {people}
{N:2-9}.{N:1-9} million {people}

[fig_duration]
{N:2-30} years
{N:2-11} months
{N:2-52} weeks
{qual} {N:2-10} years
a decade
{N:3-90} days

[qual]
more than
nearly
almost
about
around
roughly
over
at least
fewer than
up to
an estimated
close to
some

[qual_more]
more than
nearly
almost
well over

[qual_less]
far less than
less than
just under
well below

[vague_count]
hundreds of
thousands of
dozens of
tens of thousands of

[number_word]
two
three
five
seven
nine
twelve
fifteen
twenty
forty
a hundred

[fraction]
two-thirds
a third
a quarter
three in four
half
one in five

[people]
patients
residents
children
voters
households
migrants
respondents
students
nurses
doctors
workers
adults over 65
young people
families
pensioners

[accounts]
ISIS-supporting profiles
Facebook accounts
extremist channels
Telegram groups
accounts
profiles (or nodes)
pages
videos
posts

[things]
posts
videos
accounts
pages
groups
channels

[nodes]
nodes
profiles
accounts
users

[budget_item]
defence
health care
schools
road maintenance
public transport
social housing
pensions
flood defences
police
renewable energy

[budget_body]
parliament
city council
finance committee
senate
regional assembly

[disease]
measles
influenza
dengue fever
cholera
COVID-19
tuberculosis
heat stroke

[outcome]
said they trusted the results
had delayed medical treatment
reported seeing extremist content
expected prices to keep rising
supported the new policy
could not name their representative

[group]
the Islamic State
al-Qaeda affiliates
far-right networks
neo-Nazi groups
violent jihadist groups

[org]
the Counter Extremism Project
CEP
the Ministry of Health
the Office for Budget Responsibility
the World Health Organization
the Electoral Commission
the Intergovernmental Panel on Climate Change
the Institute for Fiscal Studies
the National Audit Office
the European Environment Agency
the Congressional Budget Office
researchers at George Washington University
the Treasury
the Met Office
the International Monetary Fund
the Institute for Strategic Dialogue
Eurostat
the Census Bureau

[report_ref]
the annual report
a new report
official data
figures published on Tuesday
the latest survey
budget documents

[place]
Latin America
the Philippines
North Africa
the United States
Spain
the United Kingdom
Kenya
Ohio
Bavaria
the Middle East
Brazil
the Sahel
Scotland
California
the Netherlands
Andalusia

[month]
January
February
March
April
May
June
July
August
September
October
November
December

[candidate]
the governing party
the main opposition
the Greens
the Liberal Democrats
the incumbent
her challenger
the centre-right alliance

[person]
David Ibsen
Maria Lopez
Dr. Amina Yusuf
Prof. John Carter
Sarah Whitfield
Tom Okafor
Lucia Ferrante
James Hollis

[author]
Sarah Whitfield
Tom Okafor
Lucia Ferrante
James Hollis
Priya Raman
Daniel Brooks
Staff reporter
Our correspondent

[publisher]
The Daily Ledger
Northern Chronicle
Evening Courier
The Civic Report
Westfield Post
Harbour Times
Policy Review Institute
Centre for Public Data

[title]
{topic_title}
{topic_title}: what the figures show
{topic_title}, report finds
Analysis: {topic_title}

[topic_title]
Hospital waiting lists reach a record high
Extremist networks grow on social media despite crackdown
Budget gap widens as spending on pensions climbs
Turnout falls in regional elections
Heatwave breaks temperature records across the south
Floods leave thousands homeless
Report maps the online support network of the Islamic State
Vaccination rates slip among young children
Ministers unveil new spending plan for schools
Carbon emissions fall as coal plants close
Audit questions the cost of the defence programme
Voters say they distrust online campaign ads

[subhead]
What the numbers show
The cost
A growing network
Who turned out
Heat and water
What happens next
How the study was done
The view from the regions
Money and priorities

[nav]
World
Politics
Business
Health
Climate
Technology
Opinion
Sport
Culture
Science
Video
Newsletters
Investigations
Data

[footer]
© {publisher}. All rights reserved. Registered office: 1 Market Street.
Contact the newsroom, corrections policy, privacy notice and cookie settings.
{publisher} is a member of the Independent Press Standards Organisation.
