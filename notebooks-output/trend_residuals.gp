# How far each week's count lies from the fitted trend
# Renders trend_residuals.png and trend_residuals.svg from trend_residuals.dat: run `gnuplot trend_residuals.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title 'How far each week' . "\047" . 's count lies from the fitted trend' font ",12"
set xlabel 'week the case was received'
set ylabel 'Pearson residual (standard deviations)'
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set bmargin 9
set rmargin 6
set key tmargin left horizontal opaque box
set xdata time
set timefmt "%Y-%m-%d"
set format x "%Y-%m"
set xtics rotate by -30
set autoscale xfix
set offsets graph 0.01, graph 0.01, 0, 0
set arrow 1 from "2022-09-19", graph 0 to "2022-09-19", graph 1 nohead dashtype 2 lw 1.5 lc rgb "#000000"
set label 1 'mobilisation decree, 21 Sep 2022' at "2022-09-19", graph 0.97 left offset 0.5,0 tc rgb "#000000"
set arrow 2 from "2023-03-06", graph 0 to "2023-03-06", graph 1 nohead dashtype 2 lw 1.5 lc rgb "#000000"
set label 2 'break, week of 6 Mar 2023' at "2023-03-06", graph 0.9099999999999999 left offset 0.5,0 tc rgb "#000000"
set arrow 3 from "2024-08-12", graph 0 to "2024-08-12", graph 1 nohead dashtype 2 lw 1.5 lc rgb "#000000"
set label 3 'break, week of 12 Aug 2024' at "2024-08-12", graph 0.85 right offset -0.5,0 tc rgb "#000000"
set label 4 'Source: cases_synthetic_2021_2024.csv (synthetic cases made by courtstat simulate, not court records) · fitted weeks 2020-W53 to 2024-W52' at screen 0.01, screen 0.02 left font ",8" tc rgb "#444444"
set label 5 'A run of residuals on one side shows where the trend misses the shape of the series.' at screen 0.01, screen 0.05500000000000001 left font ",9" tc rgb "#222222"
set label 6 'Residual: (cases received - fitted) / standard deviation; above zero, more cases than the trend expects.' at screen 0.01, screen 0.09000000000000001 left font ",9" tc rgb "#222222"
set label 7 'SYNTHETIC DATA' at screen 0.99, screen 0.965 right font ",13" tc rgb "#D55E00"
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "trend_residuals.png"
plot 'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):2 with points pt 7 ps 0.6 lc rgb "#0072B2" title 'residual of the week', \
     'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):4 with lines lw 2 lc rgb "#D55E00" title '13-week moving average', \
     'trend_residuals.dat' index 0 using (timecolumn(1, "%Y-%m-%d")):3 with lines lw 2 lc rgb "#000000" title 'the fitted trend (zero)'
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "trend_residuals.svg"
replot
unset output
