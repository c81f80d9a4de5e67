"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { runImport, type UploadAnswer } from "./api-client";
import { countDataRows } from "./count-rows";
import { ErrorAlert } from "./error-alert";
import { FileDropZone } from "./file-drop-zone";
import { ImportPreview } from "./import-preview";
import { ImportProgressPanel } from "./import-progress-panel";
import { ImportResultPanel } from "./import-result-panel";
import { StepList, type StepName } from "./step-list";
import type { ImportPlan, ImportProgressEvent, ImportResultView, PlanOverrides, SavedMappingView, UploadedFile } from "./types";

type Phase =
  | { step: "choose" }
  | { step: "check" | "importing"; upload: UploadedFile; plan: ImportPlan; progress: ImportProgressEvent | null }
  | { step: "done"; upload: UploadedFile; result: ImportResultView };

const STEP_OF: Record<Phase["step"], StepName> = { choose: "choose", check: "check", importing: "run", done: "run" };

/** Choose file → check columns → import, with focus moved to each step's heading as it appears. */
export function ImportWizard({ savedMappings }: { savedMappings: SavedMappingView[] }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ step: "choose" });
  const [rowCount, setRowCount] = useState<number | null>(null);
  const [saved, setSaved] = useState(savedMappings);
  const [error, setError] = useState<unknown>(null);
  const counting = useRef<AbortController | null>(null);
  const chooseHeading = useRef<HTMLHeadingElement>(null);
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const importingHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(phase.step);

  useEffect(() => {
    if (shown.current === phase.step) return; // not on the first render: the page keeps its own focus
    shown.current = phase.step;
    const headings = { choose: chooseHeading, check: checkHeading, importing: importingHeading, done: doneHeading };
    headings[phase.step].current?.focus();
  }, [phase.step]);

  useEffect(() => () => counting.current?.abort(), []);

  function countRows(file: File) {
    counting.current?.abort();
    const controller = new AbortController();
    counting.current = controller;
    setRowCount(null);
    countDataRows(file, controller.signal)
      .then((n) => !controller.signal.aborted && setRowCount(n))
      .catch(() => undefined); // the count only labels a button; the import does not need it
  }

  async function start(upload: UploadedFile, plan: ImportPlan, overrides: PlanOverrides, strict: boolean) {
    setError(null);
    setPhase({ step: "importing", upload, plan, progress: null });
    try {
      const result = await runImport({ uploadId: upload.id, fileName: upload.fileName, overrides, strict }, (progress) =>
        setPhase((p) => (p.step === "importing" ? { ...p, progress } : p)),
      );
      setPhase({ step: "done", upload, result });
    } catch (e) {
      setError(e);
      setPhase({ step: "check", upload, plan, progress: null });
    }
    router.refresh(); // the history lists the new run, whatever its outcome
  }

  function restart() {
    counting.current?.abort();
    setRowCount(null);
    setError(null);
    setPhase({ step: "choose" });
  }

  return (
    <div className="flex flex-col gap-4">
      <StepList current={STEP_OF[phase.step]} />
      {error && phase.step === "check" ? <ErrorAlert error={error} /> : null}

      {phase.step === "choose" ? (
        <FileDropZone
          headingRef={chooseHeading}
          onFileChosen={countRows}
          onUploaded={(answer: UploadAnswer) => setPhase({ step: "check", upload: answer.upload, plan: answer.plan, progress: null })}
        />
      ) : null}

      {phase.step === "check" || phase.step === "importing" ? (
        // Hidden, not unmounted, while importing: if the import is refused the user's choices are still there.
        <div hidden={phase.step === "importing"}>
          <ImportPreview
            key={phase.upload.id}
            upload={phase.upload}
            initialPlan={phase.plan}
            rowCount={rowCount}
            saved={saved}
            onSavedChange={setSaved}
            headingRef={checkHeading}
            onImport={(overrides, strict) => void start(phase.upload, phase.plan, overrides, strict)}
            onCancel={restart}
          />
        </div>
      ) : null}

      {phase.step === "importing" ? <ImportProgressPanel fileName={phase.upload.fileName} progress={phase.progress} headingRef={importingHeading} /> : null}

      {phase.step === "done" ? (
        <ImportResultPanel result={phase.result} fileName={phase.upload.fileName} headingRef={doneHeading} onAnother={restart} />
      ) : null}
    </div>
  );
}
