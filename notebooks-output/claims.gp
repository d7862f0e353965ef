# Claims checked on the published figures (published_figures.csv): one row per claim.
# Renders claims.png and claims.svg from claims.dat: run `gnuplot claims.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set terminal pngcairo size 1000,858 font "DejaVu Sans,10" noenhanced
set output "claims.png"
set multiplot
set label 1 'Published claims checked on the published figures (published_figures.csv)' at screen 0.5, screen 0.9743589743589743 center font ",12"
set label 2 'Shaded: the region the claim asserts (dashed: its bound); diamond: the arithmetic of the published numbers; bar: its 95% interval; verdict at right.' at screen 0.01, screen 0.037296037296037296 left font ",9" tc rgb "#222222"
set label 3 'Source: the published figures (published_figures.csv) · claims from mediazona-2023-07.toml' at screen 0.01, screen 0.013986013986013986 left font ",8" tc rgb "#444444"
unset key
set border 1
set tics nomirror
unset ytics
set yrange [0:1]
set lmargin at screen 0.03
set rmargin at screen 0.80
set xtics font ",8"
set xlabel offset 0,0.9 font ",8"
set tmargin at screen 0.9044289044289044
set bmargin at screen 0.8578088578088578
set label 10 'h1-2023-double-2022: “2,076 AWOL cases in the first half of 2023, twice as many as in all of 2022”' at screen 0.03, screen 0.9137529137529138 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.8717948717948718 left font ",11" tc rgb "#E69F00"
set xrange [1.8103967902576754:2.3505509101534243]
set xlabel 'ratio of the two counts'
set object 1 rect from 2, graph 0 to 2.3505509101534243, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 2, graph 0 to 2, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 0 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 0 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.7972027972027972
set bmargin at screen 0.7505827505827506
set label 10 'h1-2023-about-double-2022: “2,076 AWOL cases in the first half of 2023, double the amount in all of 2022”' at screen 0.03, screen 0.8065268065268065 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.7645687645687645 left font ",11" tc rgb "#E69F00"
set xrange [1.6880690042784083:2.3505509101534243]
set xlabel 'ratio of the two counts'
set object 1 rect from 1.8, graph 0 to 2.2, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 1.8, graph 0 to 1.8, graph 1 nohead dashtype 2 lc rgb "#009E73"
set arrow 2 from 2.2, graph 0 to 2.2, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 1 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 1 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.6899766899766899
set bmargin at screen 0.6433566433566433
set label 10 'h1-2023-triple-2021: “... and three times as many as in 2021”' at screen 0.03, screen 0.6993006993006993 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.6573426573426573 left font ",11" tc rgb "#009E73"
set xrange [2.8150279208005813:3.8844136631877926]
set xlabel 'ratio of the two counts'
set object 1 rect from 3, graph 0 to 3.8844136631877926, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 3, graph 0 to 3, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 2 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 2 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.5827505827505828
set bmargin at screen 0.5361305361305362
set label 10 '100-a-week-so-far-in-2023: “Military courts convict at least 100 deserters every week so far in 2023”' at screen 0.03, screen 0.5920745920745921 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.5501165501165501 left font ",11" tc rgb "#E69F00"
set xrange [43.23288794414865:111.35342241117027]
set xlabel 'cases per week'
set object 1 rect from 100, graph 0 to 111.35342241117027, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 100, graph 0 to 100, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 3 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 3 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.4755244755244755
set bmargin at screen 0.4289044289044289
set label 10 'majority-suspended: “A majority of the soldiers received suspended sentences”' at screen 0.03, screen 0.48484848484848486 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.4428904428904429 left font ",11" tc rgb "#009E73"
set xrange [46.16841891972621:69.15790540136896]
set xlabel 'share (%)'
set object 1 rect from 50, graph 0 to 69.15790540136896, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 50, graph 0 to 50, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 4 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 4 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.3682983682983683
set bmargin at screen 0.32167832167832167
set label 10 'mobilised-more-prison-than-contract: “Mobilised soldiers receive real prison sentences more often than contract soldiers (35% against 28%)”' at screen 0.03, screen 0.3776223776223776 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.3356643356643357 left font ",11" tc rgb "#E69F00"
set xrange [-7.44440725057899:22.50651680659004]
set xlabel 'difference in shares (percentage points)'
set object 1 rect from 0, graph 0 to 22.50651680659004, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 0, graph 0 to 0, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 5 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 5 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.26107226107226106
set bmargin at screen 0.21445221445221446
set label 10 'other-cases-about-the-same: “Other military-service cases remained more or less the same (Art. 335: 444 in 2022, 442 in 2021)”' at screen 0.03, screen 0.2703962703962704 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.22843822843822845 left font ",11" tc rgb "#009E73"
set xrange [0.775:1.2249999999999999]
set xlabel 'ratio of the two rates'
set object 1 rect from 0.85, graph 0 to 1.15, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 0.85, graph 0 to 0.85, graph 1 nohead dashtype 2 lc rgb "#009E73"
set arrow 2 from 1.15, graph 0 to 1.15, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 6 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 6 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.15384615384615385
set bmargin at screen 0.10722610722610723
set label 10 'most-convicted-since-march-mobilised: “Most of those convicted since March are mobilised soldiers”' at screen 0.03, screen 0.16317016317016317 left font ",9"
set label 11 'NOT CHECKED' at screen 0.82, screen 0.12121212121212122 left font ",11" tc rgb "#777777"
set label 12 'needs case-level data or a figure it lacks: see report.md' at screen 0.03, screen 0.12121212121212122 left font ",9" tc rgb "#444444"
unset xtics
unset xlabel
plot [0:1] NaN notitle lc rgb "#000000"
unset label 12
set xtics font ",8"
unset multiplot
set terminal svg size 1000,858 font "DejaVu Sans,10" noenhanced
set output "claims.svg"
set multiplot
set label 1 'Published claims checked on the published figures (published_figures.csv)' at screen 0.5, screen 0.9743589743589743 center font ",12"
set label 2 'Shaded: the region the claim asserts (dashed: its bound); diamond: the arithmetic of the published numbers; bar: its 95% interval; verdict at right.' at screen 0.01, screen 0.037296037296037296 left font ",9" tc rgb "#222222"
set label 3 'Source: the published figures (published_figures.csv) · claims from mediazona-2023-07.toml' at screen 0.01, screen 0.013986013986013986 left font ",8" tc rgb "#444444"
unset key
set border 1
set tics nomirror
unset ytics
set yrange [0:1]
set lmargin at screen 0.03
set rmargin at screen 0.80
set xtics font ",8"
set xlabel offset 0,0.9 font ",8"
set tmargin at screen 0.9044289044289044
set bmargin at screen 0.8578088578088578
set label 10 'h1-2023-double-2022: “2,076 AWOL cases in the first half of 2023, twice as many as in all of 2022”' at screen 0.03, screen 0.9137529137529138 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.8717948717948718 left font ",11" tc rgb "#E69F00"
set xrange [1.8103967902576754:2.3505509101534243]
set xlabel 'ratio of the two counts'
set object 1 rect from 2, graph 0 to 2.3505509101534243, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 2, graph 0 to 2, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 0 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 0 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.7972027972027972
set bmargin at screen 0.7505827505827506
set label 10 'h1-2023-about-double-2022: “2,076 AWOL cases in the first half of 2023, double the amount in all of 2022”' at screen 0.03, screen 0.8065268065268065 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.7645687645687645 left font ",11" tc rgb "#E69F00"
set xrange [1.6880690042784083:2.3505509101534243]
set xlabel 'ratio of the two counts'
set object 1 rect from 1.8, graph 0 to 2.2, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 1.8, graph 0 to 1.8, graph 1 nohead dashtype 2 lc rgb "#009E73"
set arrow 2 from 2.2, graph 0 to 2.2, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 1 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 1 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.6899766899766899
set bmargin at screen 0.6433566433566433
set label 10 'h1-2023-triple-2021: “... and three times as many as in 2021”' at screen 0.03, screen 0.6993006993006993 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.6573426573426573 left font ",11" tc rgb "#009E73"
set xrange [2.8150279208005813:3.8844136631877926]
set xlabel 'ratio of the two counts'
set object 1 rect from 3, graph 0 to 3.8844136631877926, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 3, graph 0 to 3, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 2 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 2 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.5827505827505828
set bmargin at screen 0.5361305361305362
set label 10 '100-a-week-so-far-in-2023: “Military courts convict at least 100 deserters every week so far in 2023”' at screen 0.03, screen 0.5920745920745921 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.5501165501165501 left font ",11" tc rgb "#E69F00"
set xrange [43.23288794414865:111.35342241117027]
set xlabel 'cases per week'
set object 1 rect from 100, graph 0 to 111.35342241117027, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 100, graph 0 to 100, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 3 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 3 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.4755244755244755
set bmargin at screen 0.4289044289044289
set label 10 'majority-suspended: “A majority of the soldiers received suspended sentences”' at screen 0.03, screen 0.48484848484848486 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.4428904428904429 left font ",11" tc rgb "#009E73"
set xrange [46.16841891972621:69.15790540136896]
set xlabel 'share (%)'
set object 1 rect from 50, graph 0 to 69.15790540136896, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 50, graph 0 to 50, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 4 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 4 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.3682983682983683
set bmargin at screen 0.32167832167832167
set label 10 'mobilised-more-prison-than-contract: “Mobilised soldiers receive real prison sentences more often than contract soldiers (35% against 28%)”' at screen 0.03, screen 0.3776223776223776 left font ",9"
set label 11 'INCONCLUSIVE' at screen 0.82, screen 0.3356643356643357 left font ",11" tc rgb "#E69F00"
set xrange [-7.44440725057899:22.50651680659004]
set xlabel 'difference in shares (percentage points)'
set object 1 rect from 0, graph 0 to 22.50651680659004, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 0, graph 0 to 0, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 5 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 5 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.26107226107226106
set bmargin at screen 0.21445221445221446
set label 10 'other-cases-about-the-same: “Other military-service cases remained more or less the same (Art. 335: 444 in 2022, 442 in 2021)”' at screen 0.03, screen 0.2703962703962704 left font ",9"
set label 11 'SUPPORTED' at screen 0.82, screen 0.22843822843822845 left font ",11" tc rgb "#009E73"
set xrange [0.775:1.2249999999999999]
set xlabel 'ratio of the two rates'
set object 1 rect from 0.85, graph 0 to 1.15, graph 1 fc rgb "#009E73" fs transparent solid 0.18 noborder behind
set arrow 1 from 0.85, graph 0 to 0.85, graph 1 nohead dashtype 2 lc rgb "#009E73"
set arrow 2 from 1.15, graph 0 to 1.15, graph 1 nohead dashtype 2 lc rgb "#009E73"
plot 'claims.dat' index 6 using 1:2:3:4 with xerrorbars pt 0 lw 3 lc rgb "#0072B2" notitle, \
     'claims.dat' index 6 using 1:2 with points pt 13 ps 1.8 lc rgb "#000000" notitle
unset object 1
unset arrow 1
unset arrow 2
set tmargin at screen 0.15384615384615385
set bmargin at screen 0.10722610722610723
set label 10 'most-convicted-since-march-mobilised: “Most of those convicted since March are mobilised soldiers”' at screen 0.03, screen 0.16317016317016317 left font ",9"
set label 11 'NOT CHECKED' at screen 0.82, screen 0.12121212121212122 left font ",11" tc rgb "#777777"
set label 12 'needs case-level data or a figure it lacks: see report.md' at screen 0.03, screen 0.12121212121212122 left font ",9" tc rgb "#444444"
unset xtics
unset xlabel
plot [0:1] NaN notitle lc rgb "#000000"
unset label 12
set xtics font ",8"
unset multiplot
unset output
